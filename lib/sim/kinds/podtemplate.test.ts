// Templates get SetDefaults_PodSpec/_Container only; SetDefaults_Pod's requests-from-limits and
// enableServiceLinks (and admission's service account) land on the pods made from them.
import { describe, expect, it } from "vitest";
import { TestCluster } from "../testing";

const workload = (kind: string, extra = "") => `apiVersion: apps/v1
kind: ${kind}
metadata: {name: w}
spec:
${extra}  selector: {matchLabels: {app: w}}
  template:
    metadata: {labels: {app: w}}
    spec:
      containers:
      - name: c
        image: nginx:1.25
        resources: {limits: {cpu: 100m}}
`;

describe("pod template defaults", () => {
  for (const [kind, resource, extra] of [["Deployment", "deployments", ""], ["StatefulSet", "statefulsets", "  serviceName: w\n"], ["DaemonSet", "daemonsets", ""]] as const) {
    it(`${kind}: spec and container defaults on the template, pod-only defaults on its pods`, () => {
      const t = new TestCluster();
      expect(t.cluster.kubectl("apply -f -", workload(kind, extra)).exitCode).toBe(0);
      t.cluster.settle();
      const spec = t.cluster.internals.lister.get(resource, "default", "w")!.spec.template.spec;
      expect(spec).toMatchObject({ restartPolicy: "Always", dnsPolicy: "ClusterFirst", terminationGracePeriodSeconds: 30, schedulerName: "default-scheduler", securityContext: {} });
      expect(spec.containers[0]).toMatchObject({ imagePullPolicy: "IfNotPresent", terminationMessagePath: "/dev/termination-log", terminationMessagePolicy: "File" });
      expect(spec.containers[0].resources).toEqual({ limits: { cpu: "100m" } });
      expect(spec).not.toHaveProperty("enableServiceLinks");
      expect(spec).not.toHaveProperty("serviceAccountName");
      const pod = t.cluster.internals.lister.list("pods", "default").find((p) => p.metadata.labels?.app === "w")!;
      expect(pod.spec.containers[0].resources).toEqual({ limits: { cpu: "100m" }, requests: { cpu: "100m" } });
      expect(pod.spec).toMatchObject({ enableServiceLinks: true, serviceAccountName: "default" });
    });
  }
});
