// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";

/** A Deployment `name` in namespace shop, 2 replicas, one container `name`; `extra` sits under it. */
const deployment = (name: string, image: string, extra = "") => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${name}
          image: ${image}
${extra}`;

export const SHOP_START = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: worker-config
  namespace: shop
data:
  queue-name: orders
---
${deployment("web", "nginx:1.277")}---
${deployment("worker", "busybox:1.36", `          command: ["sh", "-c", "sleep infinity"]
          env:
            - name: QUEUE
              valueFrom:
                configMapKeyRef:
                  name: worker-config
                  key: queue
`)}---
${deployment("cache", "ghcr.io/reconcile/memhog:v1", `          resources:
            limits:
              memory: 128Mi
`)}`;

export const exercise: Exercise = {
  id: "three-broken-workloads",
  lesson: "08-scheduling-and-operations/05-troubleshooting-pods",
  title: "Three broken workloads",
  task: `Someone deployed three workloads to the namespace \`shop\` on a Friday evening, and none of
them works. Each Deployment wants 2 replicas, and each fails in a different way.

1. Find out what is wrong with each of \`web\`, \`worker\` and \`cache\`: start from
   \`kubectl get pods -n shop\`, then read what \`describe\`, the events and the logs say.
2. Fix each one in its Deployment (or by adding what it is missing), without changing what it is
   meant to do: \`web\` serves the \`nginx:1.27\` release, \`worker\` reads its queue name from
   the ConfigMap \`worker-config\` into the variable \`QUEUE\`, and \`cache\` keeps a memory limit.
3. Wait until all 6 Pods are Ready.`,
  hints: [
    "`kubectl get pods -n shop` gives each workload's STATUS: ImagePullBackOff, CreateContainerConfigError and CrashLoopBackOff (or OOMKilled). Each points at a different place to look.",
    "web: the Events of `kubectl describe pod -n shop <a web pod>` name the image the kubelet could not pull. `kubectl set image deployment/web web=nginx:1.27 -n shop` fixes the tag.",
    "worker: `describe` says which key it could not find in worker-config. `kubectl get configmap worker-config -n shop -o yaml` shows the keys there are. Point the Deployment at the key that exists (`kubectl edit`, or apply a corrected manifest), or add the missing key to the ConfigMap.",
    "cache: `describe` shows `Last State: Terminated, Reason: OOMKilled, Exit Code: 137`, and `kubectl logs --previous` shows how much memory it reached before the kill. Raise its memory limit above that, e.g. `kubectl set resources deployment/cache -n shop --limits=memory=1Gi`.",
  ],
  start: { seed: 86, nodes: 3, objects: SHOP_START },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
