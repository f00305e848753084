export { garbageCollector, type GraphLister } from "./controller";
