// describe endpoints / pvc / hpa through a real cluster; layouts from describe.go
// (describeEndpoints, describePersistentVolumeClaim, describeHorizontalPodAutoscalerV2).
import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";

describe("kubectl describe endpoints / pvc / hpa", () => {
  it("endpoints: subsets with addresses, not-ready addresses and ports", () => {
    const t = new TestCluster();
    const ep = t.cluster.internals.lister.get("endpoints", "default", "kubernetes")! as unknown as { subsets: { addresses: { ip: string }[] }[] };
    const ip = ep.subsets[0]!.addresses[0]!.ip;
    t.kubectl("describe endpoints kubernetes");
    // Every v1 Endpoints request carries the API server's deprecation warning since 1.33.
    expect(t.last.stderr).toBe("Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n");
    t.kubectl("get svc,ep kubernetes -o name");
    expect(t.last).toEqual({ stdout: "service/kubernetes\nendpoints/kubernetes\n", stderr: "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n", exitCode: 0 });
    t.kubectl("describe endpoints kubernetes");
    expect(t.last.stdout).toBe(`Name:         kubernetes
Namespace:    default
Labels:       endpointslice.kubernetes.io/skip-mirror=true
Annotations:  <none>
Subsets:
  Addresses:          ${ip}
  NotReadyAddresses:  <none>
  Ports:
    Name   Port  Protocol
    ----   ----  --------
    https  6443  TCP

Events:  <none>
`);
  });

  it("pvc: claim fields, Used By, events", () => {
    const t = new TestCluster();
    t.kubectl("apply -f -", `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: nginx:1.27
    volumeMounts: [{name: data, mountPath: /data}]
  volumes:
  - name: data
    persistentVolumeClaim: {claimName: data}
`).settle();
    t.kubectl("describe pvc data");
    const out = t.last.stdout;
    expect(out).toMatch(/^Name:          data\nNamespace:     default\nStorageClass:  standard\nStatus:        Bound\nVolume:        pvc-[0-9a-f-]+\n/);
    // No storage-object-in-use-protection admission here, so no finalizer on the claim.
    expect(out).toContain("Finalizers:    []\nCapacity:      1Gi\nAccess Modes:  RWO\nVolumeMode:    Filesystem\nUsed By:       app\n");
  });

  it("hpa: metrics with <unknown> current, replicas, conditions", () => {
    const t = new TestCluster().kubectl("create deployment web --image=nginx:1.27 --replicas=2").kubectl("autoscale deployment web --max=4").settle();
    t.kubectl("describe hpa web --show-events=false");
    expect(t.last.stdout).toMatch(/^Name:                                                  web\nNamespace:                                             default\nLabels:                                                <none>\nAnnotations:                                           <none>\nCreationTimestamp:                                     .+ \+0000\nReference:                                             Deployment\/web\nMetrics:                                               \( current \/ target \)\n  resource cpu on pods  \(as a percentage of request\):  <unknown> \/ 80%\nMin replicas:                                          1\nMax replicas:                                          4\nDeployment pods:                                       2 current \/ 0 desired\nConditions:\n  Type           Status  Reason                   Message\n  ----           ------  ------                   -------\n  AbleToScale    True    SucceededGetScale        the HPA controller was able to get the target's current scale\n  ScalingActive  False   FailedGetResourceMetric  the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource \(get pods.metrics.k8s.io\)\n$/);
  });

  it("node: lease, conditions, capacity, system info, pods and allocated resources", () => {
    const t = new TestCluster().kubectl("apply -f -", `apiVersion: v1
kind: Pod
metadata:
  name: sized
spec:
  nodeName: kind-worker
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests: {cpu: 500m, memory: 256Mi}
      limits: {cpu: "1", memory: 512Mi}
`).settle();
    t.kubectl("cordon kind-worker").kubectl("describe node kind-worker --show-events=false");
    const out = t.last.stdout;
    expect(out).toMatch(/^Name:               kind-worker\nRoles:              <none>\n/);
    // The simulated node lifecycle controller does not add the node.kubernetes.io/unschedulable taint.
    expect(out).toContain("Taints:             <none>\nUnschedulable:      true\nLease:\n  HolderIdentity:  kind-worker\n  AcquireTime:     <unset>\n");
    expect(out).toContain("Addresses:\n  InternalIP:  172.18.0.3\n  Hostname:    kind-worker\n");
    expect(out).toContain("  Kubelet Version:            v1.34.0\n");
    expect(out).toMatch(/Non-terminated Pods: +\(1 in total\)\n/);
    expect(out).toMatch(/\n  default +sized +500m \(12%\) +1 \(25%\) +256Mi \(3%\) +512Mi \(6%\) +\d+s\n/);
    expect(out).toMatch(/\n  cpu +500m \(12%\) +1 \(25%\)\n  memory +256Mi \(3%\) +512Mi \(6%\)\n  ephemeral-storage +0 \(0%\) +0 \(0%\)\n$/);
  });
});
