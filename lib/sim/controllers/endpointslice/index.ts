export { endpointSliceController, ENDPOINTSLICE_CONTROLLER, managedSlices, MANAGED_BY, MANAGED_BY_LABEL, SERVICE_NAME_LABEL } from "./controller";
export { desiredSlices, endpointConditions, podToEndpoint, MAX_ENDPOINTS_PER_SLICE, type DesiredSlice } from "./desired";
