// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { DB_AS_DEPLOYMENT } from "../transcripts";

export const exercise: Exercise = {
  id: "database-as-a-statefulset",
  lesson: "06-deployments-and-statefulsets/02-statefulsets",
  title: "Turn a database Deployment into a StatefulSet",
  task: `A colleague runs MySQL as the Deployment \`db\`: three replicas that all mount the one claim
\`db-data\`, behind an ordinary ClusterIP Service \`db\`. It is not in production yet, so you may
throw it away. Rebuild it properly:

1. Remove the Deployment \`db\` and the shared claim \`db-data\`.
2. Make \`db\` a **headless** Service (\`clusterIP: None\`), port 3306, selecting \`app: db\`.
3. Create a StatefulSet \`db\` with 3 replicas and \`serviceName: db\`, running \`mysql:8.4\` (keep the
   \`MYSQL_ROOT_PASSWORD\` variable), with a **volumeClaimTemplate** named \`data\` (ReadWriteOnce,
   1Gi) mounted at \`/var/lib/mysql\`.
4. Let it start: \`db-0\`, \`db-1\` and \`db-2\` Ready, each with its own claim, each reachable as
   \`db-N.db\`.`,
  hints: [
    "`kubectl get deployment db -o yaml` and `kubectl get service db -o yaml` show what you start from. The container section can be reused as it is.",
    "A Service's cluster IP cannot be changed once set: applying `clusterIP: None` to the existing Service fails with \"may not change once set\". Delete the Service and create it again.",
    "In the StatefulSet, replace the Pod-level `volumes:` entry by `volumeClaimTemplates:` at the level of `spec` (next to `template`); the volumeMount's name must be the template's name, `data`.",
    "`kubectl get pods,pvc -l app=db` should show db-0..2 and data-db-0..2. From a busybox Pod, `nslookup db-1.db` answers with db-1's IP.",
  ],
  start: { seed: 65, nodes: 3, objects: DB_AS_DEPLOYMENT },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
