// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { AUTOSCALE_START } from "../transcripts";

export const exercise: Exercise = {
  id: "autoscale-web",
  lesson: "08-scheduling-and-operations/03-autoscaling-and-access",
  title: "Put web under an autoscaler",
  task: `\`web\` runs 1 replica and declares no resources. Hand its size over to a
HorizontalPodAutoscaler:

1. Give web's container a CPU **request of 200m**, so that CPU utilization means something.
2. Create an HPA named \`web\` for the Deployment: at least **3** and at most **10** replicas,
   targeting **60%** average CPU utilization.
3. web must end with 3 Ready Pods — sized by the HPA, not by you: do not scale it by hand
   or set its replicas yourself.`,
  hints: [
    "Utilization is usage divided by the request: add resources.requests.cpu: 200m under spec.template.spec.containers[0] (editor, or kubectl edit / patch).",
    "`kubectl autoscale deployment web --min=3 --max=10 --cpu=60%` creates the HPA.",
    "Without metrics the HPA still enforces minReplicas: a Deployment below it is scaled up at the next sync (every 15 s). `kubectl describe hpa web` shows the SuccessfulRescale event.",
    "If you applied a manifest with replicas: 3, the HPA had nothing left to do: put replicas back to 1 (or leave it out) and let the HPA scale.",
  ],
  start: { seed: 85, nodes: 3, objects: AUTOSCALE_START },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
