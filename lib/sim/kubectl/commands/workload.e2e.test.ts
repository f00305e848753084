// Workload commands end to end through a cluster (Deployment/ReplicaSet controllers, scheduler,
// kubelet): a learner's rollout, history, undo, pause/resume, restart, scale, label and
// describe session, with kubectl's exact output where it does not depend on controller timing.
import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";

const deployment = (image: string, replicas = 3) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: ${image}
`;

const WAIT_LINE = /^(Waiting for deployment "web" rollout to finish: (\d+ out of \d+ new replicas have been updated|\d+ old replicas are pending termination|\d+ of \d+ updated replicas are available)\.\.\.|Waiting for deployment spec update to be observed\.\.\.)$/;

function expectRolledOut(stdout: string): void {
  const lines = stdout.trimEnd().split("\n");
  expect(lines.at(-1)).toBe('deployment "web" successfully rolled out');
  for (const l of lines.slice(0, -1)) expect(l).toMatch(WAIT_LINE);
}

describe("workload commands through a cluster", () => {
  it("rollout status waits while virtual time runs, then history / undo renumber revisions (DP-REV-04)", () => {
    const t = new TestCluster().kubectl("apply -f -", deployment("nginx:1.25"));
    const start = t.cluster.now();
    t.kubectl("rollout status deployment/web");
    expectRolledOut(t.last.stdout);
    expect(t.cluster.now()).toBeGreaterThan(start);
    t.expectPods(3, { ready: 3 });

    t.kubectl("set image deployment/web web=nginx:1.26");
    expect(t.last.stdout).toBe("deployment.apps/web image updated\n");
    t.kubectl("rollout status deployment/web");
    expectRolledOut(t.last.stdout);
    // A second later (as a person would type): the controller copies the cause onto the new RS.
    t.kubectl("annotate deployment/web kubernetes.io/change-cause='image 1.26'").advance(1);
    t.kubectl("set image deployment/web web=nginx:1.27").kubectl("rollout status deploy/web");
    t.kubectl("rollout history deployment/web");
    expect(t.last.stdout).toBe("deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         image 1.26\n3         image 1.26\n\n");

    t.kubectl("rollout undo deployment/web");
    expect(t.last.stdout).toBe("deployment.apps/web rolled back\n");
    expect(t.last.stderr).toContain("Warning: resource deployments/web was previously managed with 'kubectl apply'.");
    t.kubectl("rollout status deployment/web");
    expectRolledOut(t.last.stdout);
    t.kubectl("rollout history deployment/web");
    expect(t.last.stdout).toBe("deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n3         image 1.26\n4         image 1.26\n\n");
    t.kubectl("rollout history deployment/web --revision=4");
    expect(t.last.stdout).toMatch(/^deployment\.apps\/web with revision #4\nPod Template:\n  Labels:\tapp=web\n\tpod-template-hash=\w+\n  Annotations:\tkubernetes\.io\/change-cause: image 1\.26\n  Containers:\n   web:\n    Image:\tnginx:1\.26\n/);
    t.kubectl("rollout undo deployment/web --to-revision=9", undefined, 1);
    expect(t.last.stderr.endsWith("error: unable to find specified revision 9 in history\n")).toBe(true);
  });

  it("pause holds a template change, resume rolls it out; restart replaces every pod", () => {
    const t = new TestCluster().kubectl("apply -f -", deployment("nginx:1.25", 2)).settle();
    t.kubectl("set image deployment/web web=nginx:1.26").settle();
    t.kubectl("rollout pause deployment/web").kubectl("set image deployment/web web=nginx:1.27").settle(60);
    expect(t.pods().every((p) => p.spec?.containers?.[0]?.image === "nginx:1.26")).toBe(true);
    t.kubectl("rollout undo deployment/web", undefined, 1);
    expect(t.last.stderr.endsWith("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n")).toBe(true);
    t.kubectl("rollout status deployment/web --timeout=10s", undefined, 1);
    expect(t.last.stderr).toBe("error: timed out waiting for the condition\n");
    t.kubectl("rollout resume deployment/web");
    expect(t.last.stdout).toBe("deployment.apps/web resumed\n");
    t.kubectl("rollout status deployment/web");
    expectRolledOut(t.last.stdout);
    t.expectPods(2, { ready: 2 });
    const before = t.pods().map((p) => p.metadata.name);
    t.kubectl("rollout restart deployment/web").kubectl("rollout status deployment/web");
    expect(t.pods().filter((p) => !p.metadata.deletionTimestamp).some((p) => before.includes(p.metadata.name))).toBe(false);
    const template = t.cluster.internals.lister.get("deployments", "default", "web")!.spec.template;
    expect(template.metadata.annotations["kubectl.kubernetes.io/restartedAt"]).toMatch(/^2026-01-01T00:\d\d:\d\dZ$/);
  });

  it("scale with preconditions, label/annotate, describe with events", () => {
    const t = new TestCluster().kubectl("apply -f -", deployment("nginx:1.25", 2)).settle();
    t.kubectl("scale deployment web --replicas=4 --current-replicas=3", undefined, 1);
    expect(t.last.stderr).toBe("error: Expected replicas to be 3, was 2\n");
    t.kubectl("scale deployment web --replicas=4").settle().expectPods(4, { ready: 4 });
    const rs = t.cluster.kubectl("get rs -o name").stdout.trim();
    t.kubectl(`scale ${rs} --replicas=1`);
    expect(t.last.stdout).toBe(`${rs} scaled\n`);
    t.kubectl("label deployment web tier=frontend").kubectl("label deployment web tier=backend", undefined, 1);
    expect(t.last.stderr).toBe("error: 'tier' already has a value (frontend), and --overwrite is false\n");
    const pod = t.pods()[0]!.metadata.name;
    t.kubectl(`label pod ${pod} app-`);
    expect(t.last.stdout).toBe(`pod/${pod} unlabeled\n`);
    t.settle();
    t.kubectl("describe deployment web");
    const out = t.last.stdout;
    expect(out).toContain("Labels:                 tier=frontend\n");
    expect(out).toContain("Replicas:               4 desired | 4 updated | 4 total | 4 available | 0 unavailable\n");
    expect(out).toMatch(/\nEvents:\n  Type    Reason             Age   From                   Message\n  ----    ------             ----  ----                   -------\n  Normal  ScalingReplicaSet  \d+s +deployment-controller  Scaled up replica set web-\w+ from 0 to 2\n/);
    t.kubectl(`describe pod ${pod}`);
    expect(t.last.stdout).toContain(`Name:             ${pod}\nNamespace:        default\nPriority:         0\nService Account:  default\nNode:             kind-worker`);
    expect(t.last.stdout).toMatch(/\n  Normal  Scheduled  \d+s +default-scheduler  Successfully assigned default\/web-\w+-\w+ to kind-worker2?\n/);
  });

  it("StatefulSet and DaemonSet: rollout status texts, ControllerRevision history, undo, restart", () => {
    const sts = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  replicas: 2\n  selector:\n    matchLabels:\n      app: db\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n      containers:\n      - name: db\n        image: nginx:1.25\n";
    const t = new TestCluster().kubectl("create -f -", sts);
    t.kubectl("rollout status statefulset/db");
    // updateStrategy omitted: defaulting adds rollingUpdate.partition 0, so the "partitioned" wording (SS-RS-07).
    expect(t.last.stdout.endsWith("partitioned roll out complete: 2 new pods have been updated...\n")).toBe(true);
    t.kubectl("set image sts/db db=nginx:1.26").kubectl("rollout status sts/db");
    t.kubectl("rollout history sts/db");
    expect(t.last.stdout).toBe("statefulset.apps/db \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n");
    t.kubectl("rollout undo sts/db");
    expect(t.last.stdout).toBe("statefulset.apps/db rolled back\n");
    t.kubectl("rollout status sts/db");
    expect(t.pods("default", "app=db").map((p) => p.spec?.containers?.[0]?.image)).toEqual(["nginx:1.25", "nginx:1.25"]);
    t.kubectl("describe sts db");
    expect(t.last.stdout).toContain("Replicas:           2 desired | 2 total\nUpdate Strategy:    RollingUpdate\n  Partition:        0\nPods Status:        2 Running / 0 Waiting / 0 Succeeded / 0 Failed\n");
    t.kubectl("rollout undo sts/db --to-revision=3");
    expect(t.last.stdout).toBe("statefulset.apps/db skipped rollback (current template already matches revision 3)\n");

    const ds = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  selector:\n    matchLabels:\n      app: agent\n  template:\n    metadata:\n      labels:\n        app: agent\n    spec:\n      containers:\n      - name: agent\n        image: nginx:1.25\n";
    t.kubectl("create -f -", ds).kubectl("rollout status ds/agent");
    expect(t.last.stdout.endsWith('daemon set "agent" successfully rolled out\n')).toBe(true);
    t.kubectl("rollout restart ds/agent").kubectl("rollout status daemonset/agent");
    expect(t.last.stdout).toMatch(/^(Waiting for daemon set "agent" rollout to finish: .*\n)+daemon set "agent" successfully rolled out\n$/);
    t.kubectl("describe ds agent");
    expect(t.last.stdout).toMatch(/\nDesired Number of Nodes Scheduled: (\d+)\nCurrent Number of Nodes Scheduled: \1\n/);
    t.kubectl("rollout pause ds/agent", undefined, 1);
    expect(t.last.stderr).toBe('error: daemonsets.apps "agent" pausing is not supported\n');
    t.kubectl("rollout status rs/nope", undefined, 1);
    expect(t.last.stderr).toBe('Error from server (NotFound): replicasets.apps "nope" not found\n');
  });

  it("a broken image: rollout status stops at the progress deadline (DP-RS-06 live), undo recovers", () => {
    const t = new TestCluster().kubectl("apply -f -", deployment("nginx:1.25").replace("  replicas: 3\n", "  replicas: 3\n  progressDeadlineSeconds: 30\n")).settle();
    t.kubectl("set image deploy/web web=nginx:9.99-doesnotexist");
    const start = t.cluster.now();
    t.kubectl("rollout status deploy/web", undefined, 1);
    expect(t.last.stderr).toBe('error: deployment "web" exceeded its progress deadline\n');
    // About progressDeadlineSeconds after the last progress the controller recorded.
    expect(t.cluster.now() - start).toBeGreaterThan(25_000);
    expect(t.cluster.now() - start).toBeLessThan(60_000);
    t.kubectl("rollout undo deploy/web").kubectl("rollout status deploy/web");
    expectRolledOut(t.last.stdout);
    t.expectPods(3, { ready: 3 });
  });
});
