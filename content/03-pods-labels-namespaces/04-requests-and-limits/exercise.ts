// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { CACHE_DEPLOYMENT } from "../transcripts";

export const exercise: Exercise = {
  id: "right-size-the-cache",
  lesson: "03-pods-labels-namespaces/04-requests-and-limits",
  title: "Right-size the cache",
  task: `The Deployment \`cache\` (2 replicas) keeps restarting.

1. Find out why its containers die (\`kubectl get pods\`, \`kubectl describe pod …\`).
2. Fix the Deployment's resources so that its Pods keep running. The cache needs 512Mi of
   memory; do not give it more than **1Gi**.
3. The cache must be among the last Pods evicted when a node runs short of memory: make its
   Pods **Guaranteed** QoS.

Let the rollout finish: 2 replicas available, no restarts in the new Pods.`,
  hints: [
    "The Last State of a restarting container says how it ended: look for OOMKilled.",
    "A memory limit below what the app uses gets the container killed; 512Mi is the minimum that works here.",
    "Guaranteed needs, for every container, CPU and memory limits with requests equal to them.",
    "Edit the Deployment in the editor (resources under spec.template.spec.containers[0]) and apply it (the editor has the Deployment's YAML from `kubectl get deployment cache -o yaml`).",
  ],
  start: { seed: 34, nodes: 3, objects: CACHE_DEPLOYMENT },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
