// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { WEB_DEPLOYMENT } from "@/content/02-control-loop/transcripts";

export const exercise: Exercise = {
  id: "quarantine-a-pod",
  lesson: "03-pods-labels-namespaces/02-labels-and-selectors",
  title: "Take a Pod out of its Deployment, without deleting it",
  task: `The Deployment \`web\` runs three Pods labelled \`app=web\`. One of them is misbehaving
and you want to keep it around for inspection, but it must stop counting as one of
\`web\`'s replicas — and \`web\` must still have three healthy Pods.

1. Pick any one Pod of \`web\`. **Relabel** it so that \`app\` is \`web-debug\` instead of \`web\`.
   Do not delete any Pod.
2. Record why, for your colleagues: add the **annotation** \`example.com/quarantine-reason\`
   to that Pod, with any short text as its value.
3. Watch the ReplicaSet controller release the relabelled Pod and create a replacement, and
   let time run until three Pods with \`app=web\` are Ready again.`,
  hints: [
    "`kubectl get pods --show-labels` shows every Pod's labels; `kubectl get pods -l app=web` only those of web.",
    "Changing an existing label's value needs `--overwrite`: `kubectl label pod <name> app=web-debug --overwrite`.",
    "`kubectl annotate pod <name> example.com/quarantine-reason=slow`. Quote the value if it has spaces.",
    "The released Pod has no `ownerReferences` any more: check with `kubectl get pod <name> -o yaml`.",
  ],
  start: { seed: 13, nodes: 3, objects: WEB_DEPLOYMENT },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
