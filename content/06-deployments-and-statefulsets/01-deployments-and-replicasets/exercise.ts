// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { ORPHANED_WEB_REPLICASET } from "../transcripts";

export const exercise: Exercise = {
  id: "adopt-the-orphans",
  lesson: "06-deployments-and-statefulsets/01-deployments-and-replicasets",
  title: "Give an orphaned ReplicaSet its Deployment back",
  task: `Someone cleaned up with \`kubectl delete deployment web --cascade=orphan\`. The ReplicaSet
\`web-58b9869879\` and its three Pods kept running, but nothing manages them any more: no rollouts,
no rollbacks.

Re-create the Deployment \`web\` (3 replicas, selector \`app: web\`) so that it **adopts** the
existing ReplicaSet and keeps its Pods. Customers are using them: **no Pod may be deleted or
replaced** — not by you, not by a rollout.

Read the ReplicaSet first (\`kubectl get rs web-58b9869879 -o yaml\`): the Deployment keeps the
ReplicaSet as its current version only if its Pod template is the same.`,
  hints: [
    "`kubectl get rs web-58b9869879 -o yaml` shows the Pod template under spec.template: labels, container name, image, ports.",
    "Copy that template into a Deployment, but leave out the pod-template-hash label: the Deployment controller adds it itself. The selector is just `app: web`.",
    "`kubectl create deployment web --image=nginx:1.27` names the container `nginx`, not `web`, and has no tier label or port: that template is different, so the Deployment would roll out new Pods.",
    "Write the Deployment in the editor and apply it, then check `kubectl get rs` (still one ReplicaSet, now with an owner) and `kubectl get pods` (the same three names).",
  ],
  start: { seed: 64, nodes: 3, objects: ORPHANED_WEB_REPLICASET },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
