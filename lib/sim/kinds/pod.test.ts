import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { defaultPod } from "./pod";

/* eslint-disable @typescript-eslint/no-explicit-any */
const pod = (spec: any): KubeObject => ({ apiVersion: "v1", kind: "Pod", metadata: { name: "p", uid: "u", resourceVersion: "1", creationTimestamp: "" }, spec });
const keys = (p: KubeObject) => p.spec.tolerations.map((t: any) => `${t.key ?? "*"}:${t.effect ?? "*"}:${t.tolerationSeconds ?? "-"}`);

describe("DefaultTolerationSeconds", () => {
  it("adds not-ready and unreachable NoExecute for 300 s", () => {
    const p = pod({ containers: [{ name: "a", image: "nginx" }] });
    defaultPod(p);
    expect(keys(p)).toEqual(["node.kubernetes.io/not-ready:NoExecute:300", "node.kubernetes.io/unreachable:NoExecute:300"]);
  });
  it("skips a taint already covered by a toleration with the same or an empty key and effect", () => {
    const p = pod({ containers: [{ name: "a", image: "nginx" }], tolerations: [{ key: "node.kubernetes.io/unreachable", operator: "Exists" }] });
    defaultPod(p);
    expect(keys(p)).toEqual(["node.kubernetes.io/unreachable:*:-", "node.kubernetes.io/not-ready:NoExecute:300"]);
    const all = pod({ containers: [{ name: "a", image: "nginx" }], tolerations: [{ operator: "Exists" }] });
    defaultPod(all);
    expect(keys(all)).toEqual(["*:*:-"]);
  });
  it("defaults httpGet probes: path /, scheme HTTP, period 10, timeout 1, thresholds 1/3", () => {
    const p = pod({ containers: [{ name: "a", image: "nginx", livenessProbe: { httpGet: { port: 80 } } }] });
    defaultPod(p);
    expect(p.spec.containers[0].livenessProbe).toEqual({ httpGet: { port: 80, path: "/", scheme: "HTTP" }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
  });
});
