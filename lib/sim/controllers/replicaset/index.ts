export { replicaSetController, syncReplicaSet, RS_CONTROLLER } from "./controller";
export { calculateReplicaSetStatus, type ManageError, type ReplicaSetCondition } from "./status";
export { BURST_REPLICAS, slowStartBatch } from "./manage";
