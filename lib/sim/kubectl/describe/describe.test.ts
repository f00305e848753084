import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../types";
import { tabwrite } from "./gotabwriter";
import { describeDeployment, describeReplicaSet, podCounts } from "./workloads";
import { describePodTemplate } from "./podtemplate";
import { rfc1123z } from "./timefmt";
import { rfc3339ToMs } from "../../node/time";

const EPOCH = rfc3339ToMs("2026-05-20T09:59:36Z"); // the deployment's creation time is virtual 0

const template = {
  metadata: { labels: { app: "hello-app" } },
  spec: { containers: [{ name: "hello-app", image: "gcr.io/google-samples/hello-app:1.0", ports: [{ containerPort: 8080, protocol: "TCP" }] }] },
};
const deployment: KubeObject = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "hello-app", namespace: "default", uid: "d1", resourceVersion: "9", creationTimestamp: "2026-05-20T09:59:36Z", labels: { app: "hello-app" }, annotations: { "deployment.kubernetes.io/revision": "1" } },
  spec: { replicas: 1, selector: { matchLabels: { app: "hello-app" } }, template, strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: "25%", maxSurge: "25%" } }, minReadySeconds: 0 },
  status: {
    replicas: 1, updatedReplicas: 1, availableReplicas: 1,
    conditions: [
      { type: "Available", status: "True", reason: "MinimumReplicasAvailable" },
      { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable" },
    ],
  },
};
const rs: KubeObject = {
  apiVersion: "apps/v1",
  kind: "ReplicaSet",
  metadata: {
    name: "hello-app-f6bc6c655", namespace: "default", uid: "r1", resourceVersion: "5", creationTimestamp: "2026-05-20T09:59:36Z",
    labels: { app: "hello-app", "pod-template-hash": "f6bc6c655" },
    annotations: { "deployment.kubernetes.io/revision": "1" },
    ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: "hello-app", uid: "d1", controller: true }],
  },
  spec: { replicas: 1, selector: { matchLabels: { app: "hello-app", "pod-template-hash": "f6bc6c655" } }, template: { ...template, metadata: { labels: { app: "hello-app", "pod-template-hash": "f6bc6c655" } } } },
  status: { replicas: 1 },
};
const event = (involved: KubeObject, reason: string, message: string, count = 1, first = "2026-05-20T09:59:36Z", last = first): KubeObject => ({
  apiVersion: "v1", kind: "Event",
  metadata: { name: "e", namespace: "default", uid: "e", resourceVersion: "1", creationTimestamp: first },
  involvedObject: { kind: involved.kind, name: involved.metadata.name, uid: involved.metadata.uid },
  type: "Normal", reason, message, count, firstTimestamp: first, lastTimestamp: last, source: { component: involved.kind === "Deployment" ? "deployment-controller" : "replicaset-controller" },
});

describe("Go tabwriter", () => {
  it("aligns per block of consecutive tab lines; the text after the last tab is not a column", () => {
    expect(tabwrite("a:\tx\nlonger:\ty\nbreak\nb:\tz\n")).toBe("a:       x\nlonger:  y\nbreak\nb:  z\n");
    expect(tabwrite("  Type\tStatus\tReason\n  ----\t------\t------\n  Available \tTrue\tMin\n")).toBe("  Type        Status  Reason\n  ----        ------  ------\n  Available   True    Min\n");
  });
});

describe("RFC1123Z", () => {
  it("weekday and month from the RFC 3339 text", () => {
    expect(rfc1123z("2026-05-20T09:59:36Z")).toBe("Wed, 20 May 2026 09:59:36 +0000");
    expect(rfc1123z("2026-01-01T00:00:00Z")).toBe("Thu, 01 Jan 2026 00:00:00 +0000");
  });
});

describe("describe deployment / replicaset", () => {
  it("matches kubectl's layout byte for byte (a real kubectl describe deployment)", () => {
    const out = describeDeployment(deployment, [rs], { now: 42_000, epochMs: EPOCH, events: [event(deployment, "ScalingReplicaSet", "Scaled up replica set hello-app-f6bc6c655 from 0 to 1")] });
    expect(out).toBe(`Name:                   hello-app
Namespace:              default
CreationTimestamp:      Wed, 20 May 2026 09:59:36 +0000
Labels:                 app=hello-app
Annotations:            deployment.kubernetes.io/revision: 1
Selector:               app=hello-app
Replicas:               1 desired | 1 updated | 1 total | 1 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=hello-app
  Containers:
   hello-app:
    Image:         gcr.io/google-samples/hello-app:1.0
    Port:          8080/TCP
    Host Port:     0/TCP
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  <none>
NewReplicaSet:   hello-app-f6bc6c655 (1/1 replicas created)
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  42s   deployment-controller  Scaled up replica set hello-app-f6bc6c655 from 0 to 1
`);
  });

  it("no events: 'Events: <none>' joins the block above (no flush)", () => {
    const out = describeDeployment(deployment, [rs], { now: 0, epochMs: EPOCH, events: [] });
    expect(out.endsWith("OldReplicaSets:  <none>\nNewReplicaSet:   hello-app-f6bc6c655 (1/1 replicas created)\nEvents:          <none>\n")).toBe(true);
  });

  it("repeated events print '<last> (xN over <first>)'", () => {
    const e = event(rs, "SuccessfulCreate", "Created pod: hello-app-f6bc6c655-abcde", 3, "2026-05-20T09:59:36Z", "2026-05-20T10:00:26Z");
    const pod: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "p", uid: "p", resourceVersion: "1", creationTimestamp: "", ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: rs.metadata.name, uid: "r1", controller: true }] }, status: { phase: "Running" } };
    const out = describeReplicaSet(rs, podCounts(rs, [pod]), { now: 60_000, epochMs: EPOCH, events: [e] });
    expect(out).toContain("Controlled By:  Deployment/hello-app\nReplicas:       1 current / 1 desired\nPods Status:    1 Running / 0 Waiting / 0 Succeeded / 0 Failed\n");
    expect(out).toContain("  Normal  SuccessfulCreate  10s (x3 over 60s)  replicaset-controller  Created pod: hello-app-f6bc6c655-abcde\n");
  });

  it("pod template with two labels, annotations, resources (rollout history --revision)", () => {
    const t = {
      metadata: { labels: { app: "web", "pod-template-hash": "abc" }, annotations: { "kubernetes.io/change-cause": "v2" } },
      spec: { containers: [{ name: "web", image: "nginx:1.27", resources: { limits: { memory: "256Mi", cpu: "200m" } } }] },
    };
    expect(describePodTemplate(t).startsWith("Pod Template:\n  Labels:\tapp=web\n\tpod-template-hash=abc\n  Annotations:\tkubernetes.io/change-cause: v2\n")).toBe(true);
    expect(tabwrite(describePodTemplate(t))).toBe(`Pod Template:
  Labels:       app=web
                pod-template-hash=abc
  Annotations:  kubernetes.io/change-cause: v2
  Containers:
   web:
    Image:      nginx:1.27
    Port:       <none>
    Host Port:  <none>
    Limits:
      cpu:         200m
      memory:      256Mi
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
`);
  });

  it("pod env from the downward API shows the resolved value; templates leave it empty", async () => {
    const { describePod } = await import("./pod");
    const pod: KubeObject = {
      apiVersion: "v1", kind: "Pod",
      metadata: { name: "web-1", namespace: "default", uid: "p", resourceVersion: "1", creationTimestamp: "" },
      spec: { nodeName: "kind-worker", containers: [{ name: "c", image: "nginx", env: [{ name: "POD", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "metadata.name" } } }, { name: "MODE", value: "blue" }] }] },
      status: { phase: "Pending" },
    };
    expect(describePod(pod, { now: 0, events: [] })).toContain("    Environment:\n      POD:       web-1 (v1:metadata.name)\n      MODE:      blue\n    Mounts:      <none>\nVolumes:         <none>\n");
    // Empty value, then the field path after the cell padding (block width 19 here).
    expect(describePodTemplate({ spec: pod.spec })).toContain("      POD:\t (v1:metadata.name)\n");
  });

  it("statefulset with a volume claim template; daemonset counters end the first block", async () => {
    const { describeStatefulSet, describeDaemonSet } = await import("./sets");
    const sts: KubeObject = {
      apiVersion: "apps/v1", kind: "StatefulSet",
      metadata: { name: "nginx", namespace: "default", uid: "s", resourceVersion: "1", creationTimestamp: "2023-05-18T21:44:45Z" },
      spec: {
        replicas: 3, selector: { matchLabels: { app: "nginx" } }, updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 0 } },
        template: { metadata: { labels: { app: "nginx" } }, spec: { containers: [{ name: "nginx", image: "nginx", ports: [{ containerPort: 80, protocol: "TCP" }], volumeMounts: [{ name: "www", mountPath: "/usr/share/nginx/html" }] }] } },
        volumeClaimTemplates: [{ metadata: { name: "www" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } }],
      },
      status: { replicas: 3 },
    };
    const out = describeStatefulSet(sts, { running: 3, waiting: 0, succeeded: 0, failed: 0 }, { now: 0, events: [] });
    expect(out.startsWith(`Name:               nginx
Namespace:          default
CreationTimestamp:  Thu, 18 May 2023 21:44:45 +0000
Selector:           app=nginx
Labels:             <none>
Annotations:        <none>
Replicas:           3 desired | 3 total
Update Strategy:    RollingUpdate
  Partition:        0
Pods Status:        3 Running / 0 Waiting / 0 Succeeded / 0 Failed
Pod Template:
`)).toBe(true);
    expect(out).toContain(`    Mounts:
      /usr/share/nginx/html from www (rw)
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Volume Claims:
  Name:          www
  StorageClass:  
  Labels:        <none>
  Annotations:   <none>
  Capacity:      1Gi
  Access Modes:  [ReadWriteOnce]
Events:          <none>
`);
    const ds: KubeObject = { ...sts, kind: "DaemonSet", metadata: { ...sts.metadata, name: "agent" }, spec: { ...sts.spec, volumeClaimTemplates: undefined }, status: { desiredNumberScheduled: 2, currentNumberScheduled: 2, updatedNumberScheduled: 2, numberAvailable: 1 } };
    expect(describeDaemonSet(ds, { running: 2, waiting: 0, succeeded: 0, failed: 0 }, { now: 0, events: [] })).toContain(`Node-Selector:  <none>
Labels:         <none>
Annotations:    <none>
Desired Number of Nodes Scheduled: 2
Current Number of Nodes Scheduled: 2
Number of Nodes Scheduled with Up-to-date Pods: 2
Number of Nodes Scheduled with Available Pods: 1
Number of Nodes Misscheduled: 0
Pods Status:  2 Running / 0 Waiting / 0 Succeeded / 0 Failed
Pod Template:
`);
  });
});
