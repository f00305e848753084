// kubectl taint through a real cluster. Texts from kubectl pkg/cmd/taint (taint.go Complete,
// Validate, updateTaints; utils.go parseTaints, reorganizeTaints, checkIfTaintsAlreadyExists).
import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";

const taints = (t: TestCluster, name = "kind-worker") => t.cluster.internals.lister.get("nodes", undefined, name)!.spec.taints;
const USAGE = "See 'kubectl taint -h' for help and examples\n";

describe("kubectl taint", () => {
  it("adds, lists first and removes taints by key and effect or by key", () => {
    const t = new TestCluster();
    t.kubectl("taint nodes kind-worker dedicated=gpu:NoSchedule");
    expect(t.last).toEqual({ stdout: "node/kind-worker tainted\n", stderr: "", exitCode: 0 });
    expect(taints(t)).toEqual([{ key: "dedicated", value: "gpu", effect: "NoSchedule" }]);
    t.kubectl("taint node kind-worker spot:PreferNoSchedule");
    expect(t.last.stdout).toBe("node/kind-worker tainted\n");
    expect(taints(t)).toEqual([{ key: "spot", effect: "PreferNoSchedule" }, { key: "dedicated", value: "gpu", effect: "NoSchedule" }]);
    t.kubectl("describe node kind-worker");
    expect(t.last.stdout).toContain("Taints:             dedicated=gpu:NoSchedule\n                    spot:PreferNoSchedule\n");
    t.kubectl("taint nodes kind-worker dedicated:NoSchedule-");
    expect(t.last).toEqual({ stdout: "node/kind-worker untainted\n", stderr: "", exitCode: 0 });
    t.kubectl("taint no kind-worker spot-");
    expect(t.last.stdout).toBe("node/kind-worker untainted\n");
    expect(taints(t)).toBeUndefined();
  });

  it("refuses to replace a taint without --overwrite, and says modified with it", () => {
    const t = new TestCluster().kubectl("taint nodes kind-worker dedicated=gpu:NoSchedule");
    t.kubectl("taint nodes kind-worker dedicated=ml:NoSchedule", undefined, 1);
    expect(t.last.stderr).toBe("error: node kind-worker already has dedicated taint(s) with same effect(s) and --overwrite is false\n");
    t.kubectl("taint nodes kind-worker dedicated=ml:NoSchedule --overwrite");
    expect(t.last.stdout).toBe("node/kind-worker modified\n");
    expect(taints(t)).toEqual([{ key: "dedicated", value: "ml", effect: "NoSchedule" }]);
    // Same key, other effect: a second taint, no overwrite needed.
    t.kubectl("taint nodes kind-worker dedicated=ml:NoExecute");
    expect(t.last.stdout).toBe("node/kind-worker tainted\n");
    // An add and a removal together.
    t.kubectl("taint nodes kind-worker zone=a:NoSchedule dedicated:NoExecute-");
    expect(t.last.stdout).toBe("node/kind-worker modified\n");
    expect(taints(t)).toEqual([{ key: "zone", value: "a", effect: "NoSchedule" }, { key: "dedicated", value: "ml", effect: "NoSchedule" }]);
  });

  it("a removal that finds nothing is an error and changes nothing", () => {
    const t = new TestCluster();
    t.kubectl("taint nodes kind-worker dedicated:NoSchedule-", undefined, 1);
    expect(t.last).toEqual({ stdout: "", stderr: 'error: taint "dedicated:NoSchedule" not found\n', exitCode: 1 });
    t.kubectl("taint nodes kind-worker a- b:NoExecute-", undefined, 1);
    expect(t.last.stderr).toBe('taint "a" not found\ntaint "b:NoExecute" not found\n');
  });

  it("selects nodes by label or --all, and dry runs change nothing", () => {
    const t = new TestCluster({ nodes: 3 });
    t.kubectl("taint nodes -l kubernetes.io/hostname=kind-worker2 maintenance=true:NoSchedule");
    expect(t.last.stdout).toBe("node/kind-worker2 tainted\n");
    t.kubectl("taint nodes --all team=blue:PreferNoSchedule --dry-run=client");
    expect(t.last.stdout).toBe("node/kind-control-plane tainted (dry run)\nnode/kind-worker tainted (dry run)\nnode/kind-worker2 tainted (dry run)\n");
    expect(taints(t)).toBeUndefined();
    t.kubectl("taint nodes kind-worker team=blue:PreferNoSchedule --dry-run=server");
    expect(t.last.stdout).toBe("node/kind-worker tainted (server dry run)\n");
    expect(taints(t)).toBeUndefined();
  });

  it("argument and spec errors use kubectl's texts", () => {
    const t = new TestCluster();
    const err = (line: string) => (t.kubectl(line, undefined, 1), t.last.stderr);
    expect(err("taint nodes kind-worker")).toBe("error: at least one taint update is required\n");
    expect(err("taint a=b:NoSchedule")).toBe("error: one or more resources must be specified as <resource> <name>\n");
    expect(err("taint nodes a=b:NoSchedule")).toBe("error: at least one resource name must be specified since 'all' parameter is not set\n");
    expect(err("taint nodes kind-worker a=b:NoSchedule kind-worker2")).toBe("error: all resources must be specified before taint changes: kind-worker2\n");
    expect(err("taint nodes kind-worker a=b:Never")).toBe(`error: invalid taint effect: Never, unsupported taint effect\n${USAGE}`);
    expect(err("taint nodes kind-worker a=b")).toMatch(/^error: invalid taint spec: a=b, name part must consist of alphanumeric characters/);
    expect(err("taint nodes kind-worker a=b=c:NoSchedule")).toBe(`error: invalid taint spec: a=b=c:NoSchedule\n${USAGE}`);
    expect(err("taint nodes kind-worker a=b:NoSchedule a=c:NoSchedule")).toBe(`error: duplicated taints with the same key and effect: {a c NoSchedule <nil>}\n${USAGE}`);
    expect(err("taint nodes kind-worker a=b:NoSchedule a-")).toBe('error: can not both modify and remove the following taint(s) in the same command: {"a":""}\n');
    expect(err("taint pods web a=b:NoSchedule")).toBe("error: invalid resource type pods, only node types are supported\n");
    expect(err("taint kind-worker a=b:NoSchedule")).toBe('error: the server doesn\'t have a resource type "kind-worker"\n');
    expect(err("taint nodes -l x=y --all a=b:NoSchedule")).toBe("error: setting 'all' parameter with a non empty selector is prohibited\n");
    expect(err("taint nodes nope a=b:NoSchedule")).toBe('Error from server (NotFound): nodes "nope" not found\n');
  });

  it("a NoSchedule taint keeps new Pods off; a NoExecute taint evicts the ones that do not tolerate it", () => {
    const t = new TestCluster({ nodes: 3 }).kubectl("taint nodes kind-worker dedicated=db:NoSchedule");
    t.kubectl("create deployment web --image=nginx:1.27 --replicas=4").settle();
    expect(t.pods().map((p) => p.spec.nodeName)).toEqual(["kind-worker2", "kind-worker2", "kind-worker2", "kind-worker2"]);
    t.kubectl("taint nodes kind-worker dedicated:NoSchedule-").kubectl("taint nodes kind-worker2 dedicated=db:NoExecute").settle();
    const nodes = t.pods().map((p) => p.spec.nodeName);
    expect(nodes).toEqual(["kind-worker", "kind-worker", "kind-worker", "kind-worker"]);
  });
});
