export { daemonSetController, syncDaemonSet, daemonSetRevisionData } from "./controller";
export { daemonTolerations, pinAffinityToNode, targetNodeName, nodeShouldRunDaemonPod, daemonPodSpec } from "./nodes";
export { planManage, planRollingUpdate, computeDaemonSetStatus, rollingBudget, isPodUpdated } from "./plan";
