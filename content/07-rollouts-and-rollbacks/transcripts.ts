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
];

/** Lesson 7.1's exercise: a shop tuned for fast rollouts that drop half of its capacity. */
export const SHOP_DEPLOYMENT = webDeployment("shop", 4, "ghcr.io/reconcile/web:v1", "  strategy:\n    rollingUpdate:\n      maxSurge: 0\n      maxUnavailable: 2\n");
