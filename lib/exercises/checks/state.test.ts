import { describe, expect, it } from "vitest";
import { fieldEquals, fieldMatches, objectExists, podsReady, rolloutCompleteWithImage } from "./state";
import { allOf } from "./define";
import { deployment, pod, runCheck } from "./testing";
import { getPath, pathText } from "./path";

const web = { resource: "pods", name: "web" };

describe("field paths", () => {
  it("reads dotted paths with indexes, and segment arrays for keys with dots", () => {
    const obj = { spec: { containers: [{ image: "a" }, { image: "b" }] }, metadata: { labels: { "app.kubernetes.io/name": "x" } } };
    expect(getPath(obj, "spec.containers[1].image")).toBe("b");
    expect(getPath(obj, ["metadata", "labels", "app.kubernetes.io/name"])).toBe("x");
    expect(getPath(obj, "spec.missing[3].x")).toBeUndefined();
    expect(pathText(["metadata", "labels", "app.kubernetes.io/name"])).toBe('metadata.labels["app.kubernetes.io/name"]');
  });
});

describe("object checks", () => {
  it("objectExists passes for a live object, fails for a missing or terminating one", () => {
    const check = objectExists("e", web);
    expect(runCheck(check, { end: [pod("web")] })).toEqual({ pass: true, message: "pod/web exists." });
    expect(runCheck(check, { end: [] })).toEqual({ pass: false, message: "There is no pod/web in the cluster." });
    expect(runCheck(check, { end: [pod("web", { terminating: true })] })).toEqual({ pass: false, message: "pod/web is being deleted." });
    expect(runCheck(objectExists("e", { resource: "deployments", namespace: "shop", name: "api" }), {}).message).toBe("There is no deployment/api in namespace shop in the cluster.");
  });

  it("fieldEquals compares deeply and says what it found", () => {
    expect(runCheck(fieldEquals("f", web, "spec.containers[0].image", "nginx:1.27"), { end: [pod("web")] }).pass).toBe(true);
    expect(runCheck(fieldEquals("f", web, "spec.containers[0].image", "nginx:1.28"), { end: [pod("web")] })).toEqual({
      pass: false,
      message: 'pod/web has spec.containers[0].image "nginx:1.27"; expected "nginx:1.28".',
    });
    expect(runCheck(fieldEquals("f", web, "metadata.labels", { app: "web" }), { end: [pod("web", { labels: { app: "web" } })] }).pass).toBe(true);
    expect(runCheck(fieldEquals("f", web, "spec.nodeName", "n1"), { end: [pod("web")] }).message).toBe('pod/web has spec.nodeName not set; expected "n1".');
    expect(runCheck(fieldEquals("f", web, "spec.nodeName", "n1"), {}).message).toContain("There is no pod/web");
  });

  it("fieldMatches takes a pattern or a predicate", () => {
    const re = fieldMatches("m", web, "spec.containers[0].image", /^nginx:/, "an nginx image");
    expect(runCheck(re, { end: [pod("web")] }).pass).toBe(true);
    expect(runCheck(re, { end: [pod("web", { image: "httpd:2.4" })] })).toEqual({ pass: false, message: 'pod/web has spec.containers[0].image "httpd:2.4", but it should be an nginx image.' });
    const pred = fieldMatches("m", web, "spec.nodeName", (v, _o, cluster) => v === cluster.get("pods", "default", "api")?.spec?.nodeName, "the node of api");
    expect(runCheck(pred, { end: [pod("web", { node: "n1" }), pod("api", { node: "n1" })] }).pass).toBe(true);
    expect(runCheck(pred, { end: [pod("web", { node: "n2" }), pod("api", { node: "n1" })] }).pass).toBe(false);
  });
});

describe("podsReady", () => {
  const ready = (n: string) => pod(n, { labels: { app: "web" }, ready: true });
  it("counts Ready, non-terminating pods matching the selector", () => {
    const check = podsReady("r", "app=web", 2);
    expect(runCheck(check, { end: [ready("a"), ready("b"), pod("c", { labels: { app: "db" }, ready: true })] })).toEqual({ pass: true, message: "2 pods with labels app=web are Ready." });
    const r = runCheck(check, { end: [ready("a"), pod("b", { labels: { app: "web" }, waiting: "ImagePullBackOff" }), ready("c") && pod("c", { labels: { app: "web" }, ready: true, terminating: true })] });
    expect(r).toEqual({ pass: false, message: "Ready: 1 of 2 pods with labels app=web; expected 2. Not Ready: b (ImagePullBackOff)." });
  });

  it("exactly vs at least, and no pods at all", () => {
    const three = [ready("a"), ready("b"), ready("c")];
    expect(runCheck(podsReady("r", "app=web", 2), { end: three }).pass).toBe(false);
    expect(runCheck(podsReady("r", "app=web", 2, { mode: "atLeast" }), { end: three }).pass).toBe(true);
    expect(runCheck(podsReady("r", "app=web", 1), { end: [] })).toEqual({ pass: false, message: "No pod with labels app=web exists; expected 1 Ready." });
  });
});

describe("rolloutCompleteWithImage (Deployment status as kubectl rollout status reads it)", () => {
  const check = rolloutCompleteWithImage("ro", { name: "web" }, "nginx:1.28");
  const done = { observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 3, readyReplicas: 3 };
  it("passes when every replica is updated and available", () => {
    expect(runCheck(check, { end: [deployment("web", { image: "nginx:1.28", generation: 2, status: done })] })).toEqual({ pass: true, message: "deployment/web successfully rolled out to nginx:1.28." });
  });
  it("fails with the stage the rollout is at", () => {
    const d = (status: Record<string, unknown>, image = "nginx:1.28", generation = 2) => runCheck(check, { end: [deployment("web", { image, generation, status })] }).message;
    expect(d(done, "nginx:1.27")).toBe("deployment/web runs nginx:1.27; it should run nginx:1.28.");
    expect(d({ ...done, observedGeneration: 1 })).toBe("The Deployment controller has not yet observed the change to deployment/web.");
    expect(d({ ...done, updatedReplicas: 1, replicas: 4 })).toBe("The rollout of deployment/web is not finished: 1 out of 3 new replicas have been updated.");
    expect(d({ ...done, replicas: 4 })).toBe("The rollout of deployment/web is not finished: 1 old replica is pending termination.");
    expect(d({ ...done, availableReplicas: 2 })).toBe("The rollout of deployment/web is not finished: 2 of 3 updated replicas are available.");
    expect(d({ ...done, conditions: [{ type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded" }] })).toBe("The rollout of deployment/web to nginx:1.28 exceeded its progress deadline: it is stuck.");
    expect(runCheck(check, {}).message).toBe("There is no deployment/web in the cluster.");
  });
});

describe("allOf", () => {
  it("reports the first failing part", () => {
    const both = allOf("both", "web is there and ready", objectExists("e", web), podsReady("r", "app=web", 1));
    expect(runCheck(both, { end: [pod("web", { labels: { app: "web" }, ready: true })] }).pass).toBe(true);
    expect(runCheck(both, { end: [pod("web", { labels: { app: "web" } })] }).message).toBe("Ready: 0 of 1 pod with labels app=web; expected 1. Not Ready: web (not scheduled yet).");
    expect(runCheck(both, {}).message).toBe("There is no pod/web in the cluster.");
  });
});
