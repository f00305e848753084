// Native sidecars (init containers with restartPolicy Always) through a whole cluster:
// kubectl apply, the scheduler, the kubelet and kubectl's printPod.
import { describe, expect, it } from "vitest";
import { TestCluster } from "../testing";

/* eslint-disable @typescript-eslint/no-explicit-any */

const podYaml = `
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: proxy
    image: nginx:1.25
    restartPolicy: Always
  containers:
  - name: app
    image: nginx:1.25
`;

const jobYaml = `
apiVersion: batch/v1
kind: Job
metadata:
  name: batch
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - name: logship
        image: nginx:1.25
        restartPolicy: Always
      containers:
      - name: work
        image: busybox:1.36
        command: ["sh", "-c", "sleep 5"]
`;

describe("native sidecars in a cluster", () => {
  it("a pod with a sidecar reaches Running 2/2", () => {
    const t = new TestCluster().kubectl("apply -f -", podYaml).settle(60).expectPods(1, { running: 1, ready: 1 });
    t.kubectl("get pod web");
    expect(t.last.stdout.split("\n")[1]).toMatch(/^web\s+2\/2\s+Running\s+0\s+/);
  });

  it("a Job pod (restartPolicy Never) with a sidecar completes when the main container exits", () => {
    const t = new TestCluster().kubectl("apply -f -", jobYaml).settle(120);
    const pods = t.pods("default", "batch.kubernetes.io/job-name=batch");
    expect(pods).toHaveLength(1);
    expect(pods[0]!.status.phase).toBe("Succeeded");
    expect(pods[0]!.status.initContainerStatuses[0].restartCount).toBe(0);
    t.expectObject("jobs", "default", "batch", (j) => (j?.status?.conditions ?? []).some((c: any) => c.type === "Complete" && c.status === "True"));
    t.kubectl("get pods");
    expect(t.last.stdout.split("\n")[1]).toMatch(/^batch-\w{5}\s+0\/2\s+Completed\s+0\s+/);
  });

  it("validation: an init container's restartPolicy must be Always; regular containers may not set one", () => {
    const t = new TestCluster();
    t.kubectl("apply -f -", podYaml.replace("restartPolicy: Always", "restartPolicy: Never"), 1);
    expect(t.last.stderr.trim()).toBe('The Pod "web" is invalid: spec.initContainers[0].restartPolicy: Unsupported value: "Never": supported values: "Always"');
    t.kubectl("apply -f -", `${podYaml}    restartPolicy: Always\n`, 1);
    expect(t.last.stderr.trim()).toBe('The Pod "web" is invalid: spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers');
  });
});
