export { allOf, atTime, fail, formatVirtualTime, historyCheck, pass, stateCheck } from "./define";
export { describeRef, isPodReady, podStatusText, type ObjectRef } from "./objects";
export { getPath, type FieldPath } from "./path";
export { customCheck, fieldEquals, fieldMatches, objectExists, podsReady, rolloutCompleteWithImage } from "./state";
export { serviceRoutesTo } from "./service";
export { serviceTargetsPort } from "./service-ports";
export { curlReachedBackend, type CurlOrigin } from "./requests";
export { actionText, availableNeverBelow, kubectlWords, noPodDeletedByLearner, usedRolloutUndo } from "./history";
