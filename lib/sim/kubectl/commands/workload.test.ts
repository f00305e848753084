// rollout / scale / set / label / annotate / describe through runKubectl over the in-memory
// test API, with hand-built objects (the controllers are exercised in fidelity/rollout.test.ts).
import { describe, expect, it } from "vitest";
import type { KindSpec } from "../../types";
import { runKubectl } from "../run";
import { fakeApi } from "../testapi";
import { podKind } from "../../kinds/pod";

const identity = (kind: string, resource: string, shortNames: string[]): KindSpec => ({
  kind, apiVersion: "apps/v1", group: "apps", resource, singular: kind.toLowerCase(), shortNames, namespaced: true,
  statusSubresource: true, tracksGeneration: true, columns: [{ name: "Name", priority: 0, cell: (o) => o.metadata.name }],
});
const deploymentKind = identity("Deployment", "deployments", ["deploy"]);
const replicaSetKind = identity("ReplicaSet", "replicasets", ["rs"]);
const statefulSetKind = identity("StatefulSet", "statefulsets", ["sts"]);
const kinds = [podKind, deploymentKind, replicaSetKind, statefulSetKind];

const template = (image: string, hash?: string) => ({ metadata: { labels: { app: "web", ...(hash ? { "pod-template-hash": hash } : {}) } }, spec: { containers: [{ name: "web", image }] } });

function setup(opts: { paused?: boolean; revisions?: string[] } = {}) {
  const api = fakeApi(kinds);
  const k = (line: string, stdin?: string) => runKubectl({ api, kinds, now: () => 60_000 }, line, stdin);
  const images = ["nginx:1.25", "nginx:1.26", "nginx:1.27"];
  const revisions = opts.revisions ?? ["1", "2", "3"];
  const current = images[revisions.length - 1]!;
  const d = api.create({
    apiVersion: "apps/v1", kind: "Deployment",
    metadata: { name: "web", namespace: "default", annotations: { "deployment.kubernetes.io/revision": revisions.at(-1)! } },
    spec: { replicas: 3, paused: opts.paused ?? false, selector: { matchLabels: { app: "web" } }, template: template(current) },
    status: { observedGeneration: 1, replicas: 3, updatedReplicas: 3, availableReplicas: 3 },
  });
  revisions.forEach((rev, i) => {
    api.create({
      apiVersion: "apps/v1", kind: "ReplicaSet",
      metadata: { name: `web-h${i}`, namespace: "default", annotations: { "deployment.kubernetes.io/revision": rev }, ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: "web", uid: d.metadata.uid, controller: true }] },
      spec: { replicas: i === revisions.length - 1 ? 3 : 0, template: template(images[i]!, `h${i}`) },
    });
  });
  return { api, k };
}

describe("kubectl rollout", () => {
  it("history table with the name printer line (trailing space) and a blank line", () => {
    const { k } = setup();
    expect(k("rollout history deployment/web")).toEqual({ stdout: "deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n3         <none>\n\n", stderr: "", exitCode: 0 });
    expect(k("rollout history deploy web --revision=2").stdout.startsWith("deployment.apps/web with revision #2\nPod Template:\n  Labels:\tapp=web\n\tpod-template-hash=h1\n")).toBe(true);
    expect(k("rollout history deploy/web --revision=9")).toEqual({ stdout: "", stderr: "error: unable to find the specified revision\n", exitCode: 1 });
    expect(k("rollout history rs/web-h0").stderr).toBe('error: no history viewer has been implemented for "ReplicaSet.apps"\n');
  });

  it("undo to the previous revision; then the template is restored without the hash label", () => {
    const { k, api } = setup();
    expect(k("rollout undo deployment/web")).toEqual({ stdout: "deployment.apps/web rolled back\n", stderr: "", exitCode: 0 });
    expect(api.get("deployments", "default", "web").spec.template).toEqual(template("nginx:1.26"));
    expect(k("rollout undo deployment/web --to-revision=2").stdout).toBe("deployment.apps/web skipped rollback (current template already matches revision 2)\n");
    expect(k("rollout undo deployment/web --to-revision=7")).toEqual({ stdout: "", stderr: "error: unable to find specified revision 7 in history\n", exitCode: 1 });
  });

  it("DP-UNDO-02/03 texts", () => {
    expect(setup({ revisions: ["1"] }).k("rollout undo deployment/web").stderr).toBe('error: no rollout history found for deployment "web"\n');
    expect(setup({ paused: true }).k("rollout undo deployment/web").stderr).toBe("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n");
  });

  it("undo of an applied deployment warns about last-applied-configuration first", () => {
    const { k, api } = setup();
    api.patch("deployments", "default", "web", { metadata: { annotations: { "kubectl.kubernetes.io/last-applied-configuration": "{}" } } });
    const r = k("rollout undo deploy/web");
    expect(r.stderr).toBe("Warning: resource deployments/web was previously managed with 'kubectl apply'. Rolling back will not update the kubectl.kubernetes.io/last-applied-configuration annotation, which may cause unexpected behavior on future 'kubectl apply' operations. Consider using 'kubectl apply' with your previous configuration file instead.\n");
    expect(r.stdout).toBe("deployment.apps/web rolled back\n");
  });

  it("pause, already paused, resume, not paused, restart stamps the virtual time", () => {
    const { k, api } = setup();
    expect(k("rollout pause deployment/web")).toEqual({ stdout: "deployment.apps/web paused\n", stderr: "", exitCode: 0 });
    expect(k("rollout pause deployment/web")).toEqual({ stdout: "", stderr: 'error: deployments.apps "web" is already paused\n', exitCode: 1 });
    expect(k("rollout restart deployment/web").stderr).toBe('error: deployments.apps "web" can\'t restart paused deployment (run rollout resume first)\n');
    expect(k("rollout resume deployment/web").stdout).toBe("deployment.apps/web resumed\n");
    expect(k("rollout resume deployment/web").stderr).toBe('error: deployments.apps "web" is not paused\n');
    expect(k("rollout restart deployment/web").stdout).toBe("deployment.apps/web restarted\n");
    expect(api.get("deployments", "default", "web").spec.template.metadata.annotations).toEqual({ "kubectl.kubernetes.io/restartedAt": "2026-01-01T00:01:00Z" });
  });

  it("status prints once without a cluster; argument errors", () => {
    const { k } = setup();
    expect(k("rollout status deployment/web")).toEqual({ stdout: 'deployment "web" successfully rolled out\n', stderr: "", exitCode: 0 });
    expect(k("rollout status deployment/nope").stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    expect(k("rollout status").stderr).toBe("error: required resource not specified\n");
    expect(k("rollout status deployment").stderr).toBe("error: resource(s) were provided, but no name was specified\n");
    expect(k("rollout status deploy/web --timeout=soon").stderr).toBe('error: invalid argument "soon" for "--timeout" flag: time: invalid duration "soon"\n');
    expect(k("rollout status deploy/web -w").stdout).toBe('deployment "web" successfully rolled out\n');
    expect(k("rollout status deploy/web --watch=false").exitCode).toBe(0);
    expect(k("rollout frobnicate").stderr).toBe("error: unknown command \"frobnicate\"\nSee 'kubectl rollout -h' for help and examples\n");
  });
});

describe("kubectl scale", () => {
  it("KO-NAME-05 output, preconditions and flag errors", () => {
    const { k, api } = setup();
    expect(k("scale deployment web --replicas=5")).toEqual({ stdout: "deployment.apps/web scaled\n", stderr: "", exitCode: 0 });
    expect(api.get("deployments", "default", "web").spec.replicas).toBe(5);
    expect(k("scale deploy/web --replicas=2 --current-replicas=3").stderr).toBe("error: Expected replicas to be 3, was 5\n");
    expect(k("scale deploy/web").stderr).toBe('error: required flag(s) "replicas" not set\n');
    expect(k("scale deploy/web --replicas=-1").stderr).toBe("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n");
    expect(k("scale deploy/web --replicas=x").stderr).toBe("error: invalid argument \"x\" for \"--replicas\" flag: strconv.ParseInt: parsing \"x\": invalid syntax\nSee 'kubectl scale --help' for usage.\n");
    expect(k("scale rs web-h2 --replicas=1").stdout).toBe("replicaset.apps/web-h2 scaled\n");
    api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "pingpong", namespace: "default" }, spec: { containers: [{ name: "c", image: "alpine" }] } });
    expect(k("scale pod pingpong --replicas=3").stderr).toBe("Error from server (NotFound): the server could not find the requested resource\n");
    expect(k("scale deploy/nope --replicas=1")).toEqual({ stdout: "", stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n', exitCode: 1 });
  });
});

describe("kubectl set", () => {
  it("KO-NAME-06 set image; unknown container; unchanged prints nothing", () => {
    const { k, api } = setup();
    expect(k("set image deployment/web web=nginx:1.28")).toEqual({ stdout: "deployment.apps/web image updated\n", stderr: "", exitCode: 0 });
    expect(api.get("deployments", "default", "web").spec.template.spec.containers[0].image).toBe("nginx:1.28");
    expect(k("set image deployment/web web=nginx:1.28")).toEqual({ stdout: "", stderr: "", exitCode: 0 });
    expect(k("set image deployment/web nginx=nginx:1.28")).toEqual({ stdout: "", stderr: 'error: unable to find container named "nginx"\n', exitCode: 1 });
    expect(k("set image deployment/web").stderr).toBe("error: at least one image update is required\n");
  });
  it("set env adds, overwrites and removes", () => {
    const { k, api } = setup();
    expect(k("set env deployment/web MODE=blue LEVEL=3").stdout).toBe("deployment.apps/web env updated\n");
    expect(k("set env deployment/web MODE=green LEVEL-").stdout).toBe("deployment.apps/web env updated\n");
    expect(api.get("deployments", "default", "web").spec.template.spec.containers[0].env).toEqual([{ name: "MODE", value: "green" }]);
    expect(k("set env deployment/web --list").stdout).toBe("# deployments/web, container web\nMODE=green\n");
  });
});

describe("kubectl label / annotate", () => {
  it("labeled, not labeled, unlabeled, --overwrite and its error", () => {
    const { k, api } = setup();
    expect(k("label deploy web tier=front")).toEqual({ stdout: "deployment.apps/web labeled\n", stderr: "", exitCode: 0 });
    expect(k("label deploy web tier=front --overwrite").stdout).toBe("deployment.apps/web not labeled\n");
    expect(k("label deploy web tier=back")).toEqual({ stdout: "", stderr: "error: 'tier' already has a value (front), and --overwrite is false\n", exitCode: 1 });
    expect(k("label deploy web tier=back --overwrite").stdout).toBe("deployment.apps/web labeled\n");
    expect(k("label deploy web tier=back").stdout).toBe("deployment.apps/web not labeled\n");
    expect(k("label deploy web tier- zone=a").stdout).toBe("deployment.apps/web label(s) changed\n");
    expect(k("label deploy web zone-").stdout).toBe("deployment.apps/web unlabeled\n");
    expect(api.get("deployments", "default", "web").metadata.labels ?? {}).toEqual({});
    expect(k("label deploy web gone-").stdout).toBe('label "gone" not found.\ndeployment.apps/web not labeled\n');
    expect(k("label deploy web").stderr).toBe("error: at least one label update is required\n");
  });
  it("annotate, its overwrite error, change-cause always allowed", () => {
    const { k, api } = setup();
    expect(k("annotate deploy/web team=a").stdout).toBe("deployment.apps/web annotated\n");
    expect(k("annotate deploy/web team=b").stderr).toBe("error: --overwrite is false but found the following declared annotation(s): 'team' already has a value (a)\n");
    expect(k("annotate deploy/web kubernetes.io/change-cause=v1").stdout).toBe("deployment.apps/web annotated\n");
    expect(k("annotate deploy/web kubernetes.io/change-cause=v2").stdout).toBe("deployment.apps/web annotated\n");
    expect(api.get("deployments", "default", "web").metadata.annotations?.["kubernetes.io/change-cause"]).toBe("v2");
    expect(k("annotate deploy/web team-").stdout).toBe("deployment.apps/web annotated\n");
    expect(k("rollout history deploy/web").stdout).toContain("3         <none>\n");
  });
});

describe("kubectl describe", () => {
  it("a deployment by prefix, unknown names, kinds the simulator cannot describe", () => {
    const { k } = setup();
    const out = k("describe deploy we");
    expect(out.stdout.startsWith("Name:               web\nNamespace:          default\nCreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000\n")).toBe(true);
    // Without Conditions the ReplicaSet lines join the pod template's last block.
    expect(out.stdout).toContain("  Tolerations:     <none>\nOldReplicaSets:    <none>\nNewReplicaSet:     web-h2 (0/3 replicas created)\nEvents:            <none>\n");
    expect(k("describe deploy nope").stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    expect(k("describe rs web-h0").stdout).toContain("Controlled By:  Deployment/web\n");
    expect(k("describe rs web-h0 --show-events=false").stdout).not.toContain("Events:");
  });
  it("describe pod", () => {
    const { k, api } = setup();
    api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default", labels: { app: "web" } }, spec: { nodeName: "worker", containers: [{ name: "c", image: "nginx" }] }, status: { phase: "Running", podIP: "10.244.1.5", podIPs: [{ ip: "10.244.1.5" }], hostIP: "172.18.0.3" } });
    const out = k("describe pod p").stdout;
    expect(out).toContain("Node:             worker/172.18.0.3\n");
    expect(out).toContain("Status:           Running\nIP:               10.244.1.5\nIPs:\n  IP:  10.244.1.5\nContainers:\n  c:\n");
    expect(out).toContain("QoS Class:        BestEffort\nNode-Selectors:   <none>\nTolerations:      node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                  node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:           <none>\n");
  });
});
