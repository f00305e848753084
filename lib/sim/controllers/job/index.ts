export { jobController, JOB_CONTROLLER } from "./controller";
export { ttlAfterFinishedController } from "./ttl";
export { TRACKING_FINALIZER } from "./pods";
export { COMPLETION_INDEX } from "./indexes";
export { isJobFinished } from "./conditions";
