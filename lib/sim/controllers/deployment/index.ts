export { deploymentController, syncDeployment, DEPLOYMENT_CONTROLLER } from "./controller";
export { resolveFenceposts } from "./fenceposts";
export * as deploymentUtil from "./util";
