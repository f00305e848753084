export { endpointsController, ENDPOINTS_CONTROLLER, servicesForPod } from "./controller";
export { computeSubsets, podEndpointPorts, type EndpointPort } from "./subsets";
export { endpointHostname, findPort, hasSelector, isPodReadyCond, podTargetRef, selects, shouldPodBeInEndpoints } from "./membership";
