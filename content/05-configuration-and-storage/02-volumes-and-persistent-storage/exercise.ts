// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { LEDGER } from "../transcripts";

export const exercise: Exercise = {
  id: "unstick-the-claim",
  lesson: "05-configuration-and-storage/02-volumes-and-persistent-storage",
  title: "Unstick the ledger's storage",
  task: `The Deployment \`ledger\` keeps its database files on the claim \`ledger-data\` (2Gi,
ReadWriteOnce). Its Pod has been Pending since it was created.

1. Find out why (\`kubectl get pods\`, \`kubectl describe pod …\`, \`kubectl describe pvc ledger-data\`).
2. Fix it so that the ledger Pod runs with its data on a **Bound** claim named \`ledger-data\`,
   at least 2Gi, provided by the cluster's own StorageClass (\`kubectl get storageclass\`).
   Do not create a new StorageClass, and keep the Deployment as it is.`,
  hints: [
    "The Pod's FailedScheduling event points at its claim; the claim's events say what is wrong with it.",
    "`kubectl get storageclass` lists the classes this cluster really has.",
    "A claim's spec cannot be edited after creation: delete the Pending claim (it holds no data yet) and create it again.",
    "Re-create `ledger-data` with `storageClassName: standard` (or no storageClassName at all: the default class applies), 2Gi, ReadWriteOnce. The waiting Pod is scheduled by itself once the claim can bind.",
  ],
  start: { seed: 54, nodes: 3, objects: LEDGER },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
