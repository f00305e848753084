// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { WEB_DEPLOYMENT } from "../transcripts";

export const exercise: Exercise = {
  id: "scale-and-self-heal",
  lesson: "02-control-loop/02-controllers",
  title: "Scale through the owner, and watch a Pod come back",
  task: `The Deployment \`web\` runs three replicas of \`nginx:1.27\`.

1. Find the chain of owners: the Deployment, its ReplicaSet, and the ReplicaSet's Pods.
2. Scale \`web\` to **5** replicas. Change the object at the top of the chain — a
   ReplicaSet scaled by hand is set back by the Deployment controller, and Pods you create
   yourself belong to no controller.
3. Delete **one** of \`web\`'s Pods with \`kubectl delete pod <name>\` and watch the ReplicaSet
   controller replace it.
4. Let time run until five Pods of \`web\` are Ready.`,
  hints: [
    "`kubectl get deployments,replicasets,pods` shows all three levels; the ReplicaSet and the Pods carry the Deployment's name as a prefix.",
    "`kubectl scale deployment web --replicas=5` changes the Deployment's desired state. `kubectl scale replicaset …` would be undone a moment later.",
    "Copy a Pod name from `kubectl get pods`, then `kubectl delete pod <that name>`. The replacement gets a new name.",
    "`kubectl delete pod` returns once the Pod is gone; its replacement was created the moment the deletion began (add `--wait=false` to catch the old one `Terminating`).",
  ],
  start: { seed: 31, nodes: 3, objects: WEB_DEPLOYMENT },
  panels: ["terminal", "editor", "pods", "events", "trace", "clock"],
};
