export { TestCluster, type PodExpectation } from "./TestCluster";
