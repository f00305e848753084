// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { REPORT_POD } from "../transcripts";

export const exercise: Exercise = {
  id: "init-and-sidecar",
  lesson: "03-pods-labels-namespaces/01-pods-and-containers",
  title: "Unstick a Pod in place, then build one with an init container and a sidecar",
  task: `Two jobs, both about what lives inside a Pod.

1. The Pod \`report\` never starts. Find out why (\`kubectl get pods\`, then
   \`kubectl describe pod report\`) and fix it **without deleting the Pod**: the same Pod
   (same UID) must end up Running and Ready.
2. Create a new Pod named \`shop\` with three containers:
   - a regular **init container** (any name, e.g. \`busybox:1.36\` running \`sleep 3\`) that
     runs to completion before anything else starts;
   - a **native sidecar** named \`log-shipper\` (\`busybox:1.36\`, a command that keeps
     running, e.g. \`while true; do sleep 3600; done\`) that starts before the app and keeps
     running beside it;
   - the app container \`web\`, running \`nginx\`.

   Let time run until \`shop\` shows \`2/2\` Ready.`,
  hints: [
    "`kubectl describe pod report` ends with the events: look at the Failed one. Which image did the init container ask for?",
    "The image of a container is one of the few fields of a Pod you may change in place: `kubectl set image pod/report <container>=<image>` works for init containers too.",
    "A native sidecar is declared under `initContainers`, with `restartPolicy: Always` on that container.",
    "The editor's Pod template is a good start for `shop`; `spec.initContainers` takes a list of containers like `spec.containers`.",
  ],
  start: { seed: 31, nodes: 3, objects: REPORT_POD },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
