// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { FRONTEND_WRONG_NAME } from "../traffic-transcripts";

export const exercise: Exercise = {
  id: "fix-the-orders-url",
  lesson: "04-networking/03-dns-and-kube-proxy",
  title: "Fix the orders URL",
  task: `The \`frontend\` Deployment (namespace \`default\`) finds the orders API through its
environment variable \`ORDERS_URL\`. It used to run in the \`shop\` namespace next to the
\`orders\` Service; since it was moved to \`default\`, every call to orders fails.

1. Find out, from inside a frontend Pod, why \`ORDERS_URL\` does not work
   (\`kubectl exec deploy/frontend -- …\` runs a command in one of its Pods).
2. Change \`ORDERS_URL\` on the Deployment so that it reaches the \`orders\` Service in \`shop\`,
   by a DNS name. Leave the \`orders\` Service and Deployment as they are.

Let the rollout finish: 2 frontend Pods Ready, all running with the new value.`,
  hints: [
    "From a frontend Pod, try the name: `kubectl exec deploy/frontend -- nslookup orders`. NXDOMAIN means the name does not exist from where the Pod asks.",
    "A short name is looked up in the Pod's own namespace first (see the search line of /etc/resolv.conf). The frontend is in default; orders is in shop.",
    "`<service>.<namespace>` (or `<service>.<namespace>.svc.cluster.local`) works from any namespace. Test it: `kubectl exec deploy/frontend -- curl -s http://orders.shop/`.",
    "Change the variable with `kubectl set env deployment/frontend ORDERS_URL=…` (or edit the Deployment and apply it): the new Pod template rolls out new Pods.",
  ],
  start: { seed: 45, nodes: 3, objects: FRONTEND_WRONG_NAME },
  panels: ["terminal", "editor", "pods", "events", "trace", "clock"],
};
