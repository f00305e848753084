// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";

/** The manifest the task hands out: two mistakes the API server refuses. */
export const BROKEN_API = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: -2
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: backend
    spec:
      containers:
        - name: api
          image: ghcr.io/reconcile/web:v1
`;

export const exercise: Exercise = {
  id: "past-the-api-server",
  lesson: "02-control-loop/01-api-server-and-etcd",
  title: "Past the API server's checks",
  task: `A teammate wrote this Deployment and says "kubectl apply does nothing":

\`\`\`yaml
${BROKEN_API}\`\`\`

1. Apply it as it is (paste it in the editor) and read what the API server answers. Nothing
   was stored: \`kubectl get deployments\` shows no \`api\`.
2. Fix both mistakes — the Pods must be labelled \`app: api\`, and there should be
   **2** replicas — and apply again, until the API server accepts it.
3. Then change the desired state once more, without editing the file: scale \`api\` to
   **3** replicas with \`kubectl scale\`. Read it back with \`kubectl get deployment api -o yaml\`
   and check that \`metadata.generation\` and \`status.observedGeneration\` are both 2.
4. Let virtual time run until all three Pods are Ready.`,
  hints: [
    "The error lists every field the API server rejected, with its path: `spec.replicas` and `spec.template.metadata.labels`.",
    "`spec.selector.matchLabels` must match `spec.template.metadata.labels`, otherwise the Deployment would create Pods it does not select. Keep the selector `app: api` and fix the template's label.",
    "`kubectl scale deployment api --replicas=3` changes the spec, so `generation` goes from 1 to 2. Applying a file that already says 3 would store generation 1.",
    "`kubectl get pods -l app=api` lists the Pods; READY 1/1 means Ready.",
  ],
  start: { seed: 21, nodes: 3 },
  panels: ["terminal", "editor", "pods", "events", "trace", "clock"],
};
