// Fidelity cases of group "scheduler" run against the scheduler's plugins and FitError text.
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";
import type { KubeObject } from "../types";
import { fitErrorMessage, type NodeDiagnosis } from "../scheduler/fiterror";
import { leastAllocatedScore, nodeSelectorMatches, resourcesFit, taintToleration, nodeUnschedulable, toleratesTaint } from "../scheduler/plugins";
import { bytes, milliCPU, podRequests } from "../scheduler/resources";
import { defaultPod } from "../kinds/pod";

/* eslint-disable @typescript-eslint/no-explicit-any */
const cases = (vectors as any).cases.filter((c: any) => c.group === "scheduler");
const byId = (id: string) => cases.find((c: any) => c.id === id);

const node = (name: string, extra: any = {}): KubeObject => ({
  apiVersion: "v1", kind: "Node",
  metadata: { name, uid: name, resourceVersion: "1", creationTimestamp: "", labels: extra.labels },
  spec: extra.spec ?? {},
});
const pod = (spec: any): KubeObject => {
  const p: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "p", uid: "u", resourceVersion: "1", creationTimestamp: "" }, spec };
  defaultPod(p);
  return p;
};
const res = (cpu: string, mem = "0", pods = 110) => ({ milliCPU: milliCPU(cpu), memory: bytes(mem), pods });
const cp = node("kind-control-plane", { spec: { taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] } });

describe("fidelity: scheduler", () => {
  it("covers every scheduler case", () => expect(cases.length).toBe(15));

  it("SC-MSG-02 core FitError text (histogram)", () => {
    // Without the PostFilter part the message is the head of the 1.34 text.
    const msg = fitErrorMessage(3, Array(3).fill({ reasons: ["Insufficient cpu"], unresolvable: false }));
    expect(msg.split(" no new claims")[0]).toBe(byId("SC-MSG-02").expected.message);
  });

  it("SC-MSG-03 taint + insufficient cpu (1.34)", () => {
    const big = pod({ containers: [{ name: "c", image: "nginx", resources: { requests: { cpu: "5" } } }] });
    const diags: NodeDiagnosis[] = [];
    const t = taintToleration(big, cp);
    diags.push(t!);
    for (let i = 0; i < 2; i++) diags.push(resourcesFit(podRequests(big), res("4", "8Gi"), res("0", "0", 0))!);
    expect(fitErrorMessage(3, diags)).toBe(byId("SC-MSG-03").expected["message@1.34"]);
  });

  it("SC-MSG-05 cpu and memory", () => {
    const big = pod({ containers: [{ name: "c", image: "nginx", resources: { requests: { cpu: "5", memory: "9Gi" } } }] });
    const d = Array.from({ length: 3 }, () => resourcesFit(podRequests(big), res("4", "8Gi"), res("0", "0", 0))!);
    expect(fitErrorMessage(3, d)).toBe(byId("SC-MSG-05").expected["message@1.34"]);
  });

  it("SC-MSG-06 nodeSelector matches nowhere", () => {
    const p = pod({ containers: [{ name: "c", image: "nginx" }], nodeSelector: { disktype: "ssd" } });
    const d = ["a", "b", "c"].map((n) => (nodeSelectorMatches(p, node(n)) ? undefined : { reasons: ["node(s) didn't match Pod's node affinity/selector"], unresolvable: true })!);
    expect(fitErrorMessage(3, d)).toBe(byId("SC-MSG-06").expected["message@1.34"]);
  });

  it("SC-MSG-07 cordoned node", () => {
    const p = pod({ containers: [{ name: "c", image: "nginx" }] });
    const d = nodeUnschedulable(p, node("a", { spec: { unschedulable: true } }))!;
    expect(fitErrorMessage(1, [d])).toBe(byId("SC-MSG-07").expected["message@1.34"]);
  });

  for (const id of ["SC-FIT-01", "SC-FIT-02"]) {
    it(`${id} requests vs allocatable`, () => {
      const c = byId(id);
      const p = pod({ containers: [{ name: "c", image: "x", resources: { requests: { cpu: c.input["pod.requests.cpu"] } } }] });
      const r = resourcesFit(podRequests(p), res(c.input["node.allocatable.cpu"]), res(c.input["node.requested.cpu"], "0", 0));
      expect(r === undefined).toBe(c.expected.fits);
      if (r) expect(r.reasons).toEqual([c.expected.reason]);
    });
  }

  it("SC-FIT-04 effective request with init containers", () => {
    const c = byId("SC-FIT-04");
    const p = pod({
      containers: c.input.containers.map((x: any, i: number) => ({ name: `c${i}`, image: "x", resources: { requests: { cpu: x.cpu } } })),
      initContainers: c.input.initContainers.map((x: any, i: number) => ({ name: `i${i}`, image: "x", resources: { requests: { cpu: x.cpu } } })),
    });
    expect(podRequests(p).milliCPU).toBe(milliCPU(c.expected["effectiveRequest.cpu"]));
  });

  it("SC-FIT-05 limits-only pod", () => {
    const c = byId("SC-FIT-05");
    const p = pod({ containers: [{ name: "c", image: "x", resources: c.input["container.resources"] }] });
    expect(podRequests(p).milliCPU).toBe(milliCPU(c.expected["effectiveRequest.cpu"]));
  });

  for (const id of ["SC-TOL-03", "SC-TOL-07", "SC-TOL-08"]) {
    it(`${id} toleration`, () => {
      const c = byId(id);
      expect(toleratesTaint(c.input.toleration, c.input.taint)).toBe(c.expected.tolerates);
    });
  }

  for (const id of ["SC-SEL-01", "SC-SEL-02"]) {
    it(`${id} nodeSelector`, () => {
      const c = byId(id);
      const p = pod({ containers: [{ name: "c", image: "x" }], nodeSelector: c.input["pod.spec.nodeSelector"] });
      expect(nodeSelectorMatches(p, node("n", { labels: c.input["node.labels"] }))).toBe(c.expected.matches);
    });
  }

  it("SC-SCORE-01 LeastAllocated", () => {
    const c = byId("SC-SCORE-01");
    const req = res(c.input["pod.requests"].cpu, c.input["pod.requests"].memory);
    const score = (n: any) => leastAllocatedScore(req, res(n.allocatable.cpu, n.allocatable.memory), res(n.requested.cpu, n.requested.memory));
    expect(score(c.input.nodeA)).toBe(c.expected.nodeA.score);
    expect(score(c.input.nodeB)).toBe(c.expected.nodeB.score);
  });
});
