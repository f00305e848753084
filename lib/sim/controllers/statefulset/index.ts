export { statefulSetController, syncStatefulSet } from "./controller";
export { planSync, computeStatus, type Action, type Plan } from "./plan";
export * from "./identity";
