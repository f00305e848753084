// The terminal sessions this module's lessons show; transcripts.test.ts replays them in a
// fresh simulator and checks each block the lesson prints (same format as module 2's).
import type { Session } from "@/lib/content/transcripts";
import { INGRESS_NGINX_MANIFEST } from "@/lib/sim";

/** A one-container Pod running nginx with an extra spec block (indented for spec:). */
const nginxPod = (name: string, extra: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: db
      image: nginx:1.27
${extra}`;

const TOLERATE_DB = `  tolerations:
    - key: dedicated
      operator: Equal
      value: db
      effect: NoSchedule
`;
const SELECT_DB = `  nodeSelector:
    dedicated: db
`;

/** Lesson 8.1: a Pod that only tolerates the taint, one that only selects the node, one that does both. */
export const DB_TOLERATES = nginxPod("db-tolerates", TOLERATE_DB);
export const DB_SELECTS = nginxPod("db-selects", SELECT_DB);
export const DB_PINNED = nginxPod("db-pinned", TOLERATE_DB + SELECT_DB);

/** A Deployment of `replicas` nginx Pods labelled app=NAME, with an optional extra pod-spec block. */
export const deployment = (name: string, replicas: number, podSpecExtra = "") => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
${podSpecExtra}      containers:
        - name: ${name}
          image: nginx:1.27
`;

/** Lesson 8.1's exercise: two general workers, two labelled for batch work (not tainted yet). */
export const BATCH_NODES = [
  { role: "control-plane" as const },
  { role: "worker" as const },
  { role: "worker" as const },
  { role: "worker" as const, labels: { dedicated: "batch" } },
  { role: "worker" as const, labels: { dedicated: "batch" } },
];
export const BATCH_START = [deployment("web", 4), deployment("batch", 2)].join("---\n");

/** Lesson 8.2: a Pod bound straight to a node, with no controller to recreate it. */
export const DEBUG_POD = `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  nodeName: kind-worker
  containers:
    - name: shell
      image: busybox:1.36
      command: ["sh", "-c", "sleep 3600"]
`;

/** Lesson 8.2's exercise: web on both workers; kind-worker2 fails at FAILURE_AT_MS. */
export const FAILOVER_START = deployment("web", 4);
export const FAILURE_AT_MS = 20_000;

/** A Deployment whose container requests `cpu` (lesson 8.3: utilization is relative to it). */
export const withCpuRequest = (name: string, replicas: number, cpu: string) =>
  deployment(name, replicas).replace("          image: nginx:1.27\n", `          image: nginx:1.27\n          resources:\n            requests:\n              cpu: ${cpu}\n`);
export const WEB_200M = withCpuRequest("web", 1, "200m");
/** Lesson 8.3's exercise starts from web with no requests at all. */
export const AUTOSCALE_START = deployment("web", 1);

/** Capstone: a one-replica Postgres StatefulSet and its headless Service. */
export const SHOP_DB = `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  selector:
    app: db
  ports:
    - port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 1
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: postgres
          image: postgres:16
          ports:
            - containerPort: 5432
`;

/** Capstone: web (readiness-probed, pointed at db-0) and its ClusterIP Service on port 80. */
export const shopWeb = (replicas: number, tag: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ghcr.io/reconcile/web:${tag}
          env:
            - name: DATABASE_HOST
              value: db-0.db
          ports:
            - containerPort: 8080
          readinessProbe:
            httpGet:
              path: /readyz
              port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
`;

export const SHOP_INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
`;

/** The capstone exercise's start: ingress-nginx, the database and web v1 (no Ingress yet). */
export const CAPSTONE_START = [INGRESS_NGINX_MANIFEST.trimEnd(), SHOP_DB.trimEnd(), shopWeb(2, "v1").trimEnd()].join("\n---\n") + "\n";

export const SESSIONS: Session[] = [
  {
    lesson: "01-taints-tolerations-and-affinity",
    seed: 81,
    nodes: 3,
    steps: [
      { run: "kubectl describe node kind-control-plane", show: "excerpt" },
      { run: "kubectl label node kind-worker2 dedicated=db", show: "full" },
      { run: "kubectl taint nodes kind-worker2 dedicated=db:NoSchedule", show: "full" },
      { run: "kubectl create deployment web --image=nginx:1.27 --replicas=3", show: "full" },
      { advance: 10 },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl apply -f -", stdin: DB_SELECTS, display: "kubectl apply -f db-selects.yaml", show: "full" },
      { run: "kubectl apply -f -", stdin: DB_TOLERATES, display: "kubectl apply -f db-tolerates.yaml", show: "full" },
      { run: "kubectl apply -f -", stdin: DB_PINNED, display: "kubectl apply -f db-pinned.yaml", show: "full" },
      { advance: 10 },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl describe pod db-selects", show: "excerpt" },
      { run: "kubectl taint nodes kind-worker2 dedicated=db:NoSchedule", show: "full" },
      { run: "kubectl taint nodes kind-worker2 dedicated:NoSchedule-", show: "full" },
      { run: "kubectl taint nodes kind-worker2 dedicated:NoSchedule-", show: "full" },
      { advance: 5 },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl taint nodes kind-worker2 dedicated=db:NoExecute", show: "full" },
      { advance: 5 },
      { run: "kubectl get events --field-selector reason=TaintManagerEviction", show: "full" },
      { run: "kubectl get pods -o wide", show: "full" },
    ],
  },
  {
    lesson: "02-cordon-drain-and-node-failure",
    seed: 82,
    nodes: 3,
    steps: [
      { run: "kubectl create deployment web --image=nginx:1.27 --replicas=4", show: "full" },
      { run: "kubectl apply -f -", stdin: DEBUG_POD, display: "kubectl apply -f debug.yaml", show: "full" },
      { advance: 10 },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl cordon kind-worker", show: "full" },
      { run: "kubectl get nodes", show: "full" },
      { run: "kubectl drain kind-worker", show: "full" },
      { run: "kubectl drain kind-worker --force", show: "full" },
      { advance: 5 },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl uncordon kind-worker", show: "full" },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl rollout restart deployment web", show: "full" },
      { advance: 40 },
      { run: "kubectl get pods -o wide", show: "full" },
      { fault: { type: "failNode", node: "kind-worker2" } },
      { advance: 30, run: "kubectl get nodes", show: "full" },
      { advance: 30, run: "kubectl get nodes", show: "full" },
      { run: "kubectl describe node kind-worker2", show: "excerpt" },
      { run: "kubectl describe pod -l app=web", show: "excerpt" },
      { run: "kubectl get pods -o wide", show: "full" },
      { advance: 300, run: "kubectl get pods -o wide", show: "full" },
      { fault: { type: "recoverNode", node: "kind-worker2" } },
      { advance: 10, run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl get nodes", show: "full" },
    ],
  },
  {
    lesson: "03-autoscaling-and-access",
    seed: 84,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: WEB_200M, display: "kubectl apply -f web.yaml", show: "full" },
      { run: "kubectl autoscale deployment web --min=2 --max=10 --cpu=60%", show: "full" },
      { advance: 20 },
      { run: "kubectl get hpa", show: "full" },
      { run: "kubectl get deployment web", show: "full" },
      { run: "kubectl get hpa web -o yaml", show: "excerpt" },
      { run: "kubectl describe hpa web", show: "excerpt" },
      { run: "kubectl top pods", show: "full" },
      { run: "kubectl scale deployment web --replicas=1", show: "full" },
      { advance: 15 },
      { run: "kubectl get deployment web", show: "full" },
      { run: "kubectl get events --field-selector involvedObject.kind=HorizontalPodAutoscaler", show: "full" },
    ],
  },
  {
    lesson: "04-capstone-ship-the-shop",
    seed: 86,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: INGRESS_NGINX_MANIFEST, display: "kubectl apply -f ingress-nginx.yaml", show: "excerpt" },
      { run: "kubectl apply -f -", stdin: SHOP_DB, display: "kubectl apply -f db.yaml", show: "full" },
      { run: "kubectl apply -f -", stdin: shopWeb(4, "v1"), display: "kubectl apply -f web.yaml", show: "full" },
      { run: "kubectl apply -f -", stdin: SHOP_INGRESS, display: "kubectl apply -f ingress.yaml", show: "full" },
      { advance: 40 },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl get ingress", show: "full" },
      { run: "curl -s -H 'Host: shop.example.com' http://172.18.0.3:30080/", show: "full" },
      { run: "kubectl set image deployment/web web=ghcr.io/reconcile/web:v2", show: "full" },
      { run: "kubectl rollout status deployment/web", show: "full" },
      { run: "curl -s -H 'Host: shop.example.com' http://172.18.0.3:30080/", show: "full" },
      { run: "kubectl set image deployment/web web=ghcr.io/reconcile/web:v3", show: "full" },
      { advance: 30 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl rollout undo deployment/web", show: "full" },
      { run: "kubectl rollout status deployment/web", show: "full" },
      { fault: { type: "failNode", node: "kind-worker2" } },
      { advance: 60, run: "kubectl get nodes", show: "full" },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl get pods -n ingress-nginx -o wide", show: "full" },
      { run: "curl -sS -m 5 -H 'Host: shop.example.com' http://172.18.0.3:30080/", show: "full" },
      { run: "kubectl cordon kind-worker2", show: "full" },
      { advance: 300, run: "kubectl get pods -o wide", show: "full" },
      { run: "curl -sS -m 5 -H 'Host: shop.example.com' http://172.18.0.3:30080/", show: "full" },
      { run: "kubectl delete pod db-0 --force --grace-period=0", show: "full" },
      { advance: 20, run: "kubectl get pods -o wide", show: "full" },
    ],
  },
];
