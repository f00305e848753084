// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";

export const exercise: Exercise = {
  id: "first-contact",
  lesson: "01-why-kubernetes/03-first-contact-with-kubectl",
  title: "Run a Pod, find it, tidy up",
  task: `Two Pods are already here: \`api\`, which the team needs, and \`leftover\`, a debugging Pod
somebody forgot to delete.

1. Run a Pod named \`greeter\` with the image \`nginx:1.27\` and the label \`app=greeter\`, and wait
   until it is Ready.
2. Find out which node the scheduler put \`greeter\` on, and record it on the Pod itself as the
   label \`seen-on=<node name>\` (for example \`seen-on=kind-worker\` if it runs there).
3. Delete the Pod \`leftover\`. Leave \`api\` exactly as it is.`,
  hints: [
    "`kubectl run NAME --image=IMAGE --labels=KEY=VALUE` creates one Pod. `kubectl get pods` shows when it is `1/1 Running`.",
    "`kubectl get pods -o wide` adds the IP and NODE columns. `kubectl describe pod greeter` says it too, on the `Node:` line and in the Scheduled event.",
    "`kubectl label pod greeter seen-on=<node>` adds a label to an existing Pod: verb `label`, type `pod`, name `greeter`, then the label.",
    "`kubectl delete pod leftover` waits until the Pod is gone. Check the name twice before you press Enter: nothing recreates a bare Pod you delete by mistake.",
  ],
  start: {
    seed: 31,
    nodes: 3,
    objects: `apiVersion: v1
kind: Pod
metadata:
  name: api
  labels:
    app: api
spec:
  containers:
    - name: api
      image: ghcr.io/reconcile/web:v1
---
apiVersion: v1
kind: Pod
metadata:
  name: leftover
  labels:
    run: leftover
spec:
  containers:
    - name: leftover
      image: busybox:1.36
      command: ["sh", "-c", "sleep 36000"]
`,
  },
  panels: ["terminal", "nodes", "pods", "events", "clock"],
};
