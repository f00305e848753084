export { namespaceController } from "./controller";
