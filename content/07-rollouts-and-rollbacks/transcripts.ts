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

/** A NodePort Service `name` on port 80 → 8080, reachable from the laptop on `nodePort`. */
export const nodePortService = (name: string, selector: Record<string, string>, nodePort: number) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  type: NodePort
  selector:
${Object.entries(selector)
  .map(([k, v]) => `    ${k}: ${v}`)
  .join("\n")}
  ports:
    - port: 80
      targetPort: 8080
      nodePort: ${nodePort}
`;

/** Lesson 7.3: blue (v1, live) and green (v2) Deployments behind one Service. */
export const BLUE = webDeployment("web-blue", 3, "ghcr.io/reconcile/web:v1", "", { app: "web", version: "blue" });
export const GREEN = (replicas: number) => webDeployment("web-green", replicas, "ghcr.io/reconcile/web:v2", "", { app: "web", version: "green" });
export const WEB_SERVICE = nodePortService("web", { app: "web", version: "blue" }, 30080);
/** Lesson 7.3: a stable shop and its canary, both selected by the shop Service. */
export const SHOP_STABLE = webDeployment("shop-stable", 3, "ghcr.io/reconcile/web:v1", "", { app: "shop", track: "stable" });
export const SHOP_CANARY = webDeployment("shop-canary", 1, "ghcr.io/reconcile/web:v2", "", { app: "shop", track: "canary" });
export const SHOP_SERVICE = nodePortService("shop", { app: "shop" }, 30081);

/** The Service's selector set to version=green (merge patch: other keys stay). */
const TO_GREEN = `kubectl patch service web -p '{"spec":{"selector":{"version":"green"}}}'`;
const TO_BLUE = `kubectl patch service web -p '{"spec":{"selector":{"version":"blue"}}}'`;

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
  {
    lesson: "03-blue-green-and-canary",
    seed: 73,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: `${BLUE}---\n${WEB_SERVICE}`, display: "kubectl apply -f blue.yaml", show: "full" },
      { advance: 15 },
      { run: "kubectl get pods -L version", show: "full" },
      { run: "curl -s http://172.18.0.3:30080/", show: "full" },
      { run: "kubectl apply -f -", stdin: GREEN(3), display: "kubectl apply -f green.yaml", show: "full" },
      { advance: 15 },
      { run: "kubectl get deployments", show: "full" },
      { run: "curl -s http://172.18.0.3:30080/", show: "full" },
      { run: TO_GREEN, show: "full" },
      { run: "curl -s http://172.18.0.3:30080/", show: "full" },
      { run: "kubectl describe service web", show: "excerpt" },
      { run: TO_BLUE, show: "full" },
      { run: "curl -s http://172.18.0.3:30080/", show: "full" },
      { run: TO_GREEN, show: "full" },
      { run: "kubectl scale deployment web-blue --replicas=0", show: "full" },
      { run: "kubectl apply -f -", stdin: `${SHOP_STABLE}---\n${SHOP_SERVICE}`, display: "kubectl apply -f shop.yaml", show: "full" },
      { run: "kubectl apply -f -", stdin: SHOP_CANARY, display: "kubectl apply -f shop-canary.yaml", show: "full" },
      { advance: 15 },
      { run: "kubectl get pods -l app=shop -L track", show: "full" },
      { run: "hey -n 400 http://172.18.0.3:30081/", show: "excerpt" },
      { run: "kubectl set image deployment/shop-stable web=ghcr.io/reconcile/web:v2", show: "full" },
      { run: "kubectl rollout status deployment/shop-stable", show: "excerpt" },
      { run: "kubectl delete deployment shop-canary", show: "full" },
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

/** Lesson 7.3's exercise: blue live behind web, green deployed with 0 replicas. */
export const BLUE_GREEN_START = [BLUE, GREEN(0), WEB_SERVICE].join("---\n");
