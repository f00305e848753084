// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { PAYMENTS_BROKEN } from "../debugging-transcripts";

export const exercise: Exercise = {
  id: "fix-the-payments-service",
  lesson: "04-networking/05-debugging-services",
  title: "Make payments answer checkout",
  task: `The \`checkout\` Deployment (namespace \`default\`) calls \`http://payments.billing/\`, the
\`payments\` Service in the namespace \`billing\` (port 80 → the container port named \`http\`,
8080). It gets no answer. Somewhere between checkout and the payments Pods, more than one
thing is wrong.

Work through the checklist and fix every layer where it belongs, so that:

1. \`kubectl exec deploy/checkout -- curl -sS -m 3 http://payments.billing/\` is answered by a
   payments Pod (run it at the end: the grader reads its answer);
2. both payments Pods are Ready and the Service routes to them — keep their readiness probe,
   make it check the right thing;
3. the payments Pods stay isolated: checkout may reach them, the \`reports\` Pods in \`default\`
   (and every other Pod) may not.`,
  hints: [
    "Start from the client: `kubectl exec deploy/checkout -- curl -sS -m 3 http://payments.billing/` and read the error. Then `kubectl get endpointslices -n billing -l kubernetes.io/service-name=payments`.",
    "`kubectl describe svc payments -n billing` shows the selector; `kubectl get pods -n billing --show-labels` shows the labels it should match. Fix the Service, not the Pods.",
    "`kubectl describe pods -n billing -l app=payments`: the Readiness line and the Unhealthy events say which port the probe asks. The app listens on 8080 (named http); the probe is in the Deployment's Pod template.",
    "A timeout once the endpoints are ready points at a NetworkPolicy: `kubectl describe networkpolicy -n billing`. A `podSelector` alone in `from` only matches Pods of the policy's own namespace.",
    "In the same `from` entry, put a `namespaceSelector` (`kubernetes.io/metadata.name: default`) next to the `podSelector` (`app: checkout`): both must match. Two separate entries would let every Pod of default in.",
  ],
  start: { seed: 52, nodes: 3, objects: PAYMENTS_BROKEN },
  panels: ["terminal", "editor", "pods", "events", "trace", "clock"],
};
