// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { SHOP_EXERCISE_START } from "../traffic-transcripts";

export const exercise: Exercise = {
  id: "route-the-shop",
  lesson: "04-networking/04-ingress-and-network-policies",
  title: "Route the shop, lock the database",
  task: `The ingress-nginx controller is installed (namespace \`ingress-nginx\`, node port 30080),
and the Services \`storefront\`, \`api\` (both port 80) and \`db\` (port 5432) run in \`default\`.
A first Ingress, \`shop\`, was written — but nothing is routed the way the team wants.

1. **shop.example.com**: every path goes to \`storefront\`, except \`/api\` and everything below
   it (\`/api/orders\`…), which goes to \`api\`.
2. **api.example.com**: every path goes to \`api\`.
3. Only the \`api\` Pods may open connections to the \`db\` Pods (port 5432). The storefront,
   the ingress controller and anything else must not.

Test from the terminal, e.g. \`curl -s -H 'Host: shop.example.com' http://172.18.0.3:30080/api/orders\`
and \`kubectl exec deploy/storefront -- curl -sS -m 3 http://db:5432/\`.`,
  hints: [
    "`kubectl get ingress` shows no CLASS for shop, and `kubectl get ingressclass` shows the class the controller serves. An Ingress without a class is served only when some IngressClass is marked default.",
    "pathType Exact matches /api and nothing else. Prefix matches /api and every path below it (whole path elements, so not /apiary).",
    "A second host is a second entry under spec.rules, with its own host and paths (path / with pathType Prefix takes everything).",
    "A NetworkPolicy whose podSelector selects app=db, with policyTypes [Ingress] and one ingress rule from podSelector app=api on port 5432, isolates db and lets only api in.",
    "Write the corrected Ingress and the NetworkPolicy in the editor and apply them (`kubectl get ingress shop -o yaml` prints the current Ingress to start from; applying an Ingress named shop replaces its rules).",
  ],
  start: { seed: 46, nodes: 3, objects: SHOP_EXERCISE_START },
  panels: ["terminal", "editor", "pods", "events", "trace", "clock"],
};
