import { describe, expect, it } from "vitest";
import { createCluster } from "../../index";

const POD = (cmd: string) => `apiVersion: v1
kind: Pod
metadata:
  name: report
spec:
  containers:
    - name: app
      image: busybox:1.36
      command: ["sh", "-c", "${cmd}"]
`;

describe("kubectl delete waits for the objects to be gone (--wait, on by default)", () => {
  it("returns once a gracefully terminating pod is gone, so re-creating it right away works", () => {
    const c = createCluster({ seed: 3, nodes: 2 });
    expect(c.kubectl("kubectl apply -f -", POD("while true; do sleep 3600; done")).exitCode).toBe(0);
    c.advance(10);
    const before = c.now();
    const del = c.kubectl("kubectl delete pod report");
    expect(del).toEqual({ stdout: 'pod "report" deleted from default namespace\n', stderr: "", exitCode: 0 });
    // sh as PID 1 ignores SIGTERM: the kubelet kills it after the 30 s grace period.
    expect(c.now() - before).toBeGreaterThanOrEqual(30_000);
    expect(c.kubectl("kubectl get pods").stdout).toBe("");
    expect(c.kubectl("kubectl apply -f -", POD("sleep 5")).stdout).toBe("pod/report created\n");
  });

  it("--wait=false returns at once and leaves the pod Terminating", () => {
    const c = createCluster({ seed: 3, nodes: 2 });
    c.kubectl("kubectl apply -f -", POD("while true; do sleep 3600; done"));
    c.advance(10);
    const before = c.now();
    expect(c.kubectl("kubectl delete pod report --wait=false").exitCode).toBe(0);
    expect(c.now()).toBe(before);
    expect(c.kubectl("kubectl get pods").stdout).toContain("Terminating");
    const again = c.kubectl("kubectl apply -f -", POD("sleep 5"));
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain('The Pod "report" is invalid: spec: Forbidden: pod updates may not change fields other than');
  });

  it("--timeout gives up with kubectl's error while the object is still there", () => {
    const c = createCluster({ seed: 3, nodes: 2 });
    c.kubectl("kubectl apply -f -", POD("while true; do sleep 3600; done"));
    c.advance(10);
    const r = c.kubectl("kubectl delete pod report --timeout=5s");
    expect(r.stdout).toBe('pod "report" deleted from default namespace\n');
    expect(r.stderr).toBe("error: timed out waiting for the condition on pods/report\n");
    expect(r.exitCode).toBe(1);
    expect(c.kubectl("kubectl delete pod report --timeout=5x").stderr).toMatch(/invalid argument "5x" for "--timeout" flag/);
  });

  it("--force --grace-period=0 removes the pod at once, and a missing object still fails without waiting", () => {
    const c = createCluster({ seed: 3, nodes: 2 });
    c.kubectl("kubectl apply -f -", POD("while true; do sleep 3600; done"));
    c.advance(10);
    const before = c.now();
    const r = c.kubectl("kubectl delete pod report --force --grace-period=0");
    expect(r.stdout).toBe('pod "report" force deleted from default namespace\n');
    expect(c.now()).toBe(before);
    const missing = c.kubectl("kubectl delete pod nope");
    expect(missing).toEqual({ stdout: "", stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
  });
});

describe("kubectl delete --cascade", () => {
  const DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";
  it("orphan keeps the ReplicaSet and its Pods, without owner; re-applying the Deployment adopts them", () => {
    const c = createCluster({ seed: 8, nodes: 3 });
    c.kubectl("apply -f -", DEPLOYMENT);
    c.advance(20);
    const pods = c.kubectl("get pods -o name").stdout;
    expect(c.kubectl("delete deployment web --cascade=orphan")).toEqual({ stdout: 'deployment.apps "web" deleted from default namespace\n', stderr: "", exitCode: 0 });
    c.advance(10);
    expect(c.kubectl("get rs -o jsonpath={.items[*].metadata.ownerReferences}").stdout).toBe("");
    expect(c.kubectl("get pods -o name").stdout).toBe(pods);
    c.kubectl("apply -f -", DEPLOYMENT);
    c.advance(10);
    expect(c.kubectl("get rs -o jsonpath={.items[*].metadata.ownerReferences[0].name}").stdout).toBe("web");
    expect(c.kubectl("get pods -o name").stdout).toBe(pods);
  });

  it("foreground and background remove the dependents; bad values and booleans as kubectl", () => {
    const c = createCluster({ seed: 8, nodes: 3 });
    c.kubectl("apply -f -", DEPLOYMENT);
    c.advance(20);
    expect(c.kubectl("delete deployment web --cascade=sideways")).toEqual({ stdout: "", stderr: 'error: invalid cascade value (sideways). Must be "background", "foreground", or "orphan"\n', exitCode: 1 });
    expect(c.kubectl("delete deployment web --cascade=foreground").exitCode).toBe(0);
    c.advance(40);
    expect(c.kubectl("get rs,pods").stderr).toBe("No resources found in default namespace.\n");
    c.kubectl("apply -f -", DEPLOYMENT);
    c.advance(20);
    const out = c.kubectl("delete deployment web --cascade=false");
    expect(out.stderr).toBe("warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n");
    c.advance(10);
    expect(c.kubectl("get rs -o name").stdout).toMatch(/^replicaset.apps\/web-/);
  });
});
