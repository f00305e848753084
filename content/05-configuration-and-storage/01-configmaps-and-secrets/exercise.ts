// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { BILLING_DEPLOYMENT } from "../transcripts";

export const exercise: Exercise = {
  id: "configure-billing",
  lesson: "05-configuration-and-storage/01-configmaps-and-secrets",
  title: "Move billing's settings out of its Deployment",
  task: `The Deployment \`billing\` (2 replicas) has its settings written into its Pod template,
database password included: anyone who can read the Deployment can read the password.

1. Create a ConfigMap \`billing-config\` with the key \`CURRENCY\` set to \`EUR\`.
2. Create a Secret \`billing-db\` with the key \`password\` set to the new password \`Tr0ub4dor-3\`.
3. Change the Deployment so that the container's \`CURRENCY\` variable comes from the ConfigMap
   and \`DB_PASSWORD\` from the Secret's \`password\` key. No password may remain in the
   Deployment itself.
4. Let the rollout finish: 2 Pods Ready, all running the new template.`,
  hints: [
    "`kubectl create configmap billing-config --from-literal=CURRENCY=EUR` and `kubectl create secret generic billing-db --from-literal=password=Tr0ub4dor-3` create the two objects.",
    "Load the Deployment into the editor (`kubectl get deployment billing -o yaml`) and replace each `value:` with a `valueFrom:` block.",
    "DB_PASSWORD needs `valueFrom: { secretKeyRef: { name: billing-db, key: password } }`; CURRENCY `valueFrom: { configMapKeyRef: { name: billing-config, key: CURRENCY } }` (or `envFrom` with a `configMapRef`).",
    "A Pod in CreateContainerConfigError names the ConfigMap, Secret or key it could not find: `kubectl describe pod …`.",
  ],
  start: { seed: 52, nodes: 3, objects: BILLING_DEPLOYMENT },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
