// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { CAPSTONE_START } from "../transcripts";

export const exercise: Exercise = {
  id: "ship-the-shop",
  lesson: "08-scheduling-and-operations/04-capstone-ship-the-shop",
  title: "Ship the shop, then keep it up",
  task: `The cluster runs ingress-nginx, the database \`db\` (a StatefulSet) and \`web\` v1 (2 replicas,
Service \`web\` on port 80). Nothing is published yet.

1. Publish web at \`http://shop.example.com/\`: an Ingress named \`shop\` of class \`nginx\`,
   path \`/\` (Prefix) to Service \`web\` port 80.
2. Run web at **4 replicas** of \`ghcr.io/reconcile/web:v2\`, fully rolled out.
3. About a minute in, a worker fails. Keep it out of scheduling until it is repaired, and
   bring the shop back: 4 Ready web Pods and a Ready \`db-0\`, all on healthy nodes. Do not
   wait for the node to come back — it will not.`,
  hints: [
    "Lesson 4.4 has an Ingress to start from; `kubectl get ingress` shows it once applied.",
    "`kubectl set image deployment/web web=ghcr.io/reconcile/web:v2` and `kubectl scale deployment web --replicas=4` (or one apply).",
    "`kubectl get nodes` shows the NotReady worker after about 50 s; `kubectl cordon` it.",
    "web's Pods on the dead node are replaced once they are deleted (or after 300 s). db-0 is not: a StatefulSet waits until the old db-0 is really gone. Only when you know the node is down for good: `kubectl delete pod db-0 --force --grace-period=0`.",
  ],
  start: { seed: 87, nodes: 3, objects: CAPSTONE_START, events: [{ at: 60_000, fault: { type: "failNode", node: "kind-worker2" } }] },
  panels: ["terminal", "editor", "nodes", "pods", "events", "clock"],
};
