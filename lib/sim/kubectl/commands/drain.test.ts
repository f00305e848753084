// cordon / uncordon / drain through a real cluster. Texts from kubectl pkg/cmd/drain/drain.go
// (RunCordonOrUncordon, RunDrain, deleteOrEvictPodsSimple) and pkg/drain/filters.go (the
// DaemonSet / local storage / unmanaged filter messages, "cannot delete …: ns/pod").
import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";

const node = (t: TestCluster, name: string) => t.cluster.internals.lister.get("nodes", undefined, name)!;
const podsOn = (t: TestCluster, n: string) => t.pods().filter((p) => p.spec.nodeName === n);

describe("kubectl cordon / uncordon", () => {
  it("marks a node unschedulable and back, saying so once", () => {
    const t = new TestCluster();
    t.kubectl("cordon kind-worker");
    expect(t.last).toEqual({ stdout: "node/kind-worker cordoned\n", stderr: "", exitCode: 0 });
    expect(node(t, "kind-worker").spec.unschedulable).toBe(true);
    t.kubectl("cordon kind-worker");
    expect(t.last.stdout).toBe("node/kind-worker already cordoned\n");
    t.kubectl("get nodes kind-worker --no-headers");
    expect(t.last.stdout).toMatch(/^kind-worker\s+Ready,SchedulingDisabled\s/);
    t.kubectl("uncordon kind-worker");
    expect(t.last.stdout).toBe("node/kind-worker uncordoned\n");
    expect(node(t, "kind-worker").spec.unschedulable).toBeUndefined();
    t.kubectl("uncordon kind-worker --dry-run=client");
    expect(t.last.stdout).toBe("node/kind-worker already uncordoned (dry run)\n");
  });

  it("usage and lookup errors", () => {
    const t = new TestCluster();
    t.kubectl("cordon", undefined, 1);
    expect(t.last.stderr).toBe("error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n");
    t.kubectl("cordon nope", undefined, 1);
    expect(t.last.stderr).toBe('Error from server (NotFound): nodes "nope" not found\n');
  });
});

describe("kubectl drain", () => {
  it("cordons, evicts a Deployment's pods (they come back elsewhere) and reports the node drained", () => {
    const t = new TestCluster({ nodes: 3 }).kubectl("create deployment web --image=nginx:1.27 --replicas=4").settle();
    const target = t.pods()[0]!.spec.nodeName as string;
    const victims = podsOn(t, target).map((p) => p.metadata.name).sort();
    expect(victims.length).toBeGreaterThan(0);
    t.kubectl(`drain ${target}`);
    const lines = t.last.stdout.split("\n");
    expect(lines[0]).toBe(`node/${target} cordoned`);
    expect(lines.slice(1, 1 + victims.length).sort()).toEqual(victims.map((v) => `evicting pod default/${v}`));
    expect(lines.slice(1 + victims.length, 1 + 2 * victims.length).sort()).toEqual(victims.map((v) => `pod/${v} evicted`));
    expect(lines.slice(1 + 2 * victims.length)).toEqual([`node/${target} drained`, ""]);
    expect(t.last.stderr).toBe("");
    t.settle();
    expect(podsOn(t, target)).toHaveLength(0);
    expect(t.pods().filter((p) => p.status?.phase === "Running")).toHaveLength(4);
  });

  it("refuses unmanaged pods without --force, then deletes them with a warning", () => {
    const t = new TestCluster();
    t.kubectl("run bare --image=nginx:1.27").settle();
    const n = t.pods()[0]!.spec.nodeName as string;
    t.kubectl(`drain ${n}`, undefined, 1);
    expect(t.last.stdout).toBe(`node/${n} cordoned\n`);
    expect(t.last.stderr).toBe(`error: unable to drain node "${n}" due to error: cannot delete Pods that declare no controller (use --force to override): default/bare, continuing command...\nThere are pending nodes to be drained:\n ${n}\ncannot delete Pods that declare no controller (use --force to override): default/bare\n`);
    t.kubectl(`drain ${n} --force`);
    expect(t.last.stderr).toBe("Warning: deleting Pods that declare no controller: default/bare\n");
    expect(t.last.stdout).toBe(`node/${n} already cordoned\nevicting pod default/bare\npod/bare evicted\nnode/${n} drained\n`);
  });

  it("DaemonSet pods need --ignore-daemonsets and are then left alone; --dry-run=client evicts nothing", () => {
    const t = new TestCluster();
    t.kubectl("apply -f -", `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      containers:
      - name: agent
        image: busybox:1.36
        command: ["sh", "-c", "sleep infinity"]
`).kubectl("create deployment web --image=nginx:1.27").settle();
    const webPod = t.pods().find((p) => p.metadata.name.startsWith("web-"))!;
    const n = webPod.spec.nodeName as string;
    const web = webPod.metadata.name;
    const agent = podsOn(t, n).find((p) => p.metadata.name.startsWith("agent-"))!.metadata.name;
    t.kubectl(`drain ${n}`, undefined, 1);
    expect(t.last.stderr).toContain(`due to error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): default/${agent}, continuing command...\n`);
    t.kubectl(`drain ${n} --ignore-daemonsets --dry-run=client`);
    expect(t.last).toEqual({ stdout: `node/${n} already cordoned (dry run)\nevicting pod default/${web} (dry run)\nnode/${n} drained (dry run)\n`, stderr: `Warning: ignoring DaemonSet-managed Pods: default/${agent}\n`, exitCode: 0 });
    t.kubectl(`drain ${n} --ignore-daemonsets`);
    expect(t.last.stdout).toBe(`node/${n} already cordoned\nevicting pod default/${web}\npod/${web} evicted\nnode/${n} drained\n`);
    expect(t.pods().some((p) => p.metadata.name === agent)).toBe(true);
  });

  it("pods with an emptyDir need --delete-emptydir-data", () => {
    const t = new TestCluster();
    t.kubectl("apply -f -", `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
spec:
  selector:
    matchLabels: {app: cache}
  template:
    metadata:
      labels: {app: cache}
    spec:
      containers:
      - name: c
        image: nginx:1.27
        volumeMounts: [{name: scratch, mountPath: /scratch}]
      volumes:
      - name: scratch
        emptyDir: {}
`).settle();
    const pod = t.pods()[0]!;
    const n = pod.spec.nodeName as string;
    t.kubectl(`drain ${n}`, undefined, 1);
    expect(t.last.stderr).toContain(`due to error: cannot delete Pods with local storage (use --delete-emptydir-data to override): default/${pod.metadata.name}, continuing command...\n`);
    t.kubectl(`drain ${n} --delete-emptydir-data`);
    // The unreplicated filter runs after the local-storage one and is fine: no warning is left.
    expect(t.last).toEqual({ stdout: `node/${n} already cordoned\nevicting pod default/${pod.metadata.name}\npod/${pod.metadata.name} evicted\nnode/${n} drained\n`, stderr: "", exitCode: 0 });
  });
});
