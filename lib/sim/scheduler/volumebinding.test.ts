// VolumeBinding's PreFilter, the PV binder and PVC immutability together, through kubectl.
import { describe, expect, it } from "vitest";
import { createCluster } from "../index";

const claim = (cls: string, mode = "ReadWriteOnce") => `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClassName: ${cls}
  accessModes: [${mode}]
  resources:
    requests:
      storage: 1Gi
`;
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: db
spec:
  containers:
    - name: db
      image: postgres:16
      volumeMounts: [{ name: data, mountPath: /var/lib/postgresql/data }]
  volumes:
    - name: data
      persistentVolumeClaim: { claimName: data }
`;

function cluster() {
  const c = createCluster({ seed: 4 });
  const run = (line: string, stdin?: string) => {
    const o = c.kubectl(line, stdin);
    return o.stdout + o.stderr;
  };
  return { c, run };
}

describe("pods with PersistentVolumeClaims", () => {
  it("a claim of a missing class keeps the pod unscheduled with VolumeBinding's reason", () => {
    const { c, run } = cluster();
    run("apply -f -", claim("fast"));
    run("apply -f -", POD);
    c.advance(5);
    expect(run("get pod db -o jsonpath={.spec.nodeName}")).toBe("");
    expect(run("describe pod db")).toContain(
      "FailedScheduling  5s    default-scheduler  0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.");
    expect(run("describe pvc data")).toContain('ProvisioningFailed  5s    persistentvolume-controller  storageclass.storage.k8s.io "fast" not found');
  });

  it("a missing claim is named in the reason", () => {
    const { c, run } = cluster();
    run("apply -f -", POD);
    c.advance(1);
    expect(run("get pod db -o jsonpath={.status.conditions[0].message}")).toBe(
      '0/3 nodes are available: persistentvolumeclaim "data" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.');
  });

  it("the claim's spec is immutable while Pending; a re-created claim lets the pod in (WaitForFirstConsumer)", () => {
    const { c, run } = cluster();
    run("apply -f -", claim("fast"));
    run("apply -f -", POD);
    c.advance(5);
    expect(run("apply -f -", claim("standard"))).toContain(
      'The PersistentVolumeClaim "data" is invalid: spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims');
    run("delete pvc data");
    run("apply -f -", claim("standard"));
    c.advance(20);
    expect(run("get pod db -o jsonpath={.status.phase}")).toBe("Running");
    expect(run("get pvc data -o jsonpath={.status.phase}")).toBe("Bound");
    const node = run("get pod db -o jsonpath={.spec.nodeName}");
    const pv = run("get pvc data -o jsonpath={.spec.volumeName}");
    expect(run(`get pv ${pv} -o jsonpath={.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values[0]}`)).toBe(node);
    expect(run("get pv -o name").trim().split("\n")).toEqual([`persistentvolume/${pv}`]);
  });

  it("a claim deleted and re-created between two binder syncs releases the old volume", () => {
    const { c, run } = cluster();
    run("apply -f -", claim("standard"));
    run("apply -f -", POD);
    c.advance(20);
    const first = run("get pvc data -o jsonpath={.spec.volumeName}");
    run("delete pod db --wait=false");
    c.advance(60);
    c.kubectl("delete pvc data");
    run("apply -f -", claim("standard"));
    c.advance(1);
    expect(run("get pv -o name")).not.toContain(first);
  });
});
