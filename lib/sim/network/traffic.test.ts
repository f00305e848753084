import { describe, expect, it } from "vitest";
import { TestCluster } from "../testing";
import { sendRequests } from "./traffic";
import { viewFromLister } from "./view";
import { SeededRandom } from "../random";

const yaml = (affinity = "") => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: nginx, image: "nginx:1.25"}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
${affinity}  ports: [{port: 80}]
`;

function run(seed: number, affinity = "") {
  const t = new TestCluster({ seed }).kubectl("create -f -", yaml(affinity)).advance(30);
  const v = viewFromLister(t.cluster.internals.lister);
  const rnd = new SeededRandom(seed);
  const ip = v.services.find((s) => s.metadata.name === "web")!.spec.clusterIP;
  return sendRequests(v, { node: "kind-worker" }, `${ip}:80`, 1000, (n) => rnd.int(n));
}

describe("sendRequests", () => {
  it("1,000 requests over 3 ready pods: every pod gets a fair share, the same for the same seed", () => {
    const a = run(7);
    const counts = Object.values(a.byPod);
    expect(counts).toHaveLength(3);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(1000);
    for (const c of counts) expect(c).toBeGreaterThan(250);
    expect(run(7)).toEqual(a);
  });

  it("sessionAffinity ClientIP keeps one client on one pod", () => {
    const r = run(3, "  sessionAffinity: ClientIP\n");
    expect(Object.values(r.byPod)).toEqual([1000]);
  });
});
