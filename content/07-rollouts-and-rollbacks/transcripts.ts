// The terminal sessions this module's lessons show; transcripts.test.ts replays them in a
// fresh simulator and checks each block the lesson prints (same format as module 2's).
import type { Session } from "@/lib/content/transcripts";

/** A Deployment of `name` running `image`, with an HTTP readiness probe on 8080. */
export const webDeployment = (name: string, replicas: number, image: string, extraSpec = "", labels: Record<string, string> = { app: name }) => {
  const labelLines = (indent: string) =>
    Object.entries(labels)
      .map(([k, v]) => `${indent}${k}: ${v}`)
      .join("\n");
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
${extraSpec}  selector:
    matchLabels:
${labelLines("      ")}
  template:
    metadata:
      labels:
${labelLines("        ")}
    spec:
      containers:
        - name: web
          image: ${image}
          readinessProbe:
            httpGet:
              path: /
              port: 8080
`;
};

/** Lesson 7.1: four replicas of web:v1 with the default strategy. */
export const WEB_V1 = webDeployment("web", 4, "ghcr.io/reconcile/web:v1");

/** ReplicaSets with their revision and image (lesson 7.2). */
const REVISIONS =
  "kubectl get replicasets -o custom-columns='NAME:.metadata.name,REVISION:.metadata.annotations.deployment\\.kubernetes\\.io/revision,IMAGE:.spec.template.spec.containers[0].image,DESIRED:.spec.replicas'";

export const SESSIONS: Session[] = [
  {
    lesson: "01-rolling-updates",
    seed: 71,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: WEB_V1, display: "kubectl apply -f web.yaml", show: "full" },
      { advance: 20 },
      { run: "kubectl get deployment,replicasets", show: "full" },
      { run: "kubectl set image deployment/web web=ghcr.io/reconcile/slow-start:v1", show: "full" },
      { run: "kubectl get replicasets", show: "full" },
      { run: "kubectl get pods", show: "full" },
      { advance: 15 },
      { run: "kubectl get deployment web", show: "full" },
      { run: "kubectl rollout status deployment/web", show: "full" },
      { run: "kubectl get replicasets", show: "full" },
      { run: "kubectl describe deployment web", show: "excerpt" },
      { run: `kubectl patch deployment web -p '{"spec":{"strategy":{"rollingUpdate":{"maxSurge":0,"maxUnavailable":0}}}}'`, show: "full" },
      { run: `kubectl patch deployment web -p '{"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}}'`, show: "full" },
      { run: "kubectl set image deployment/web web=ghcr.io/reconcile/web:v2", show: "full" },
      { run: "kubectl get deployment web", show: "full" },
      { advance: 5 },
      { run: "kubectl get pods", show: "full" },
    ],
  },
  {
    lesson: "02-history-and-rollback",
    seed: 72,
    nodes: 3,
    steps: [
      { run: "kubectl create deployment web --image=ghcr.io/reconcile/web:v1 --replicas=4", show: "full" },
      { run: "kubectl annotate deployment/web kubernetes.io/change-cause='v1: first release'", show: "full" },
      { advance: 10 },
      { run: "kubectl set image deployment/web web=ghcr.io/reconcile/web:v2", show: "full" },
      { run: "kubectl annotate deployment/web kubernetes.io/change-cause='v2: new layout' --overwrite", show: "full" },
      { run: "kubectl rollout status deployment/web", show: "excerpt" },
      { run: "kubectl rollout history deployment/web", show: "full" },
      { run: REVISIONS, show: "full" },
      { run: `kubectl patch deployment web -p '{"spec":{"progressDeadlineSeconds":60}}'`, show: "full" },
      { run: "kubectl set image deployment/web web=ghcr.io/reconcile/web:v3", show: "full" },
      { run: "kubectl annotate deployment/web kubernetes.io/change-cause='v3: faster search' --overwrite", show: "full" },
      { advance: 20 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl rollout status deployment/web", show: "full" },
      { run: "kubectl get deployment web", show: "full" },
      { run: "kubectl describe deployment web", show: "excerpt" },
      { run: "kubectl rollout history deployment/web", show: "full" },
      { run: "kubectl rollout history deployment/web --revision=2", show: "full" },
      { run: "kubectl rollout undo deployment/web", show: "full" },
      { run: "kubectl rollout status deployment/web", show: "full" },
      { run: "kubectl rollout history deployment/web", show: "full" },
      { run: REVISIONS, show: "full" },
      { run: "kubectl rollout pause deployment/web", show: "full" },
      { run: "kubectl set env deployment/web THEME=dark", show: "full" },
      { run: "kubectl set env deployment/web BANNER=sale", show: "full" },
      { run: "kubectl get replicasets", show: "full" },
      { run: "kubectl rollout undo deployment/web", show: "full" },
      { run: "kubectl annotate deployment/web kubernetes.io/change-cause='v2 + dark theme, sale banner' --overwrite", show: "full" },
      { run: "kubectl rollout resume deployment/web", show: "full" },
      { run: "kubectl rollout status deployment/web", show: "excerpt" },
      { run: "kubectl rollout history deployment/web", show: "full" },
    ],
  },
];

/** Lesson 7.1's exercise: a shop tuned for fast rollouts that drop half of its capacity. */
export const SHOP_DEPLOYMENT = webDeployment("shop", 4, "ghcr.io/reconcile/web:v1", "  strategy:\n    rollingUpdate:\n      maxSurge: 0\n      maxUnavailable: 2\n");

/** Lesson 7.2's exercise: api at its first release, with a one-minute progress deadline. */
export const API_DEPLOYMENT = webDeployment("api", 4, "ghcr.io/reconcile/web:v1", "  progressDeadlineSeconds: 60\n").replace(
  "metadata:\n  name: api\n",
  "metadata:\n  name: api\n  annotations:\n    kubernetes.io/change-cause: release v1\n",
);
