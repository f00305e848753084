import { describe, expect, it } from "vitest";
import { TestCluster } from "./TestCluster";

const POD = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels: {app: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
`;

describe("TestCluster", () => {
  it("chains kubectl, advance and expectations", () => {
    new TestCluster({ seed: 1 })
      .kubectl("apply -f -", POD("a"))
      .kubectl("apply -f -", POD("b"))
      .advance(30)
      .expectPods(2, { selector: "app=web", running: 2, ready: 2 })
      .expectObject("pods", "default", "a", (p) => p?.status?.phase === "Running")
      .kubectl("get pod nope", undefined, 1);
  });

  it("fails with the cluster's view", () => {
    const t = new TestCluster().kubectl("apply -f -", POD("a"));
    expect(() => t.expectPods(3)).toThrow(/expectPods: 1 pods, expected 3 at t=0ms\nNAME/);
    expect(() => t.expectObject("pods", "default", "zz")).toThrow("expectObject pods default/zz failed at t=0ms: not found");
  });
});
