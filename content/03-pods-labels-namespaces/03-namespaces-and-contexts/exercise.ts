// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { WEB_DEPLOYMENT } from "@/content/02-control-loop/transcripts";
import { SCRATCH_NAMESPACE } from "../transcripts";

export const exercise: Exercise = {
  id: "team-namespace",
  lesson: "03-pods-labels-namespaces/03-namespaces-and-contexts",
  title: "Give team A its own namespace, and clean up the old experiment",
  task: `The cluster runs \`web\` in \`default\`, and an old experiment lives in the namespace
\`scratch\`.

1. Create a namespace \`team-a\`.
2. In \`team-a\`, run a Deployment named \`api\` with **2** replicas of the image
   \`ghcr.io/reconcile/web:v2\`, and let it become available. Nothing named \`api\` should
   end up in \`default\`.
3. Make \`team-a\` the namespace of your current context, so that a bare
   \`kubectl get pods\` shows team A's Pods.
4. Remove the experiment — the namespace \`scratch\` and everything in it — in one command.
   Leave \`web\` in \`default\` alone.`,
  hints: [
    "`kubectl create namespace team-a`, then `kubectl create deployment … -n team-a`.",
    "`kubectl get deployments -A` shows every namespace at once, with a NAMESPACE column.",
    "`kubectl config set-context --current --namespace=team-a` changes the namespace of the context you are using.",
    "Deleting a namespace deletes every object in it: `kubectl delete namespace scratch`.",
  ],
  start: { seed: 33, nodes: 3, objects: `${WEB_DEPLOYMENT}---\n${SCRATCH_NAMESPACE}` },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
