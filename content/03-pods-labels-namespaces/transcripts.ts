// The terminal sessions this module's lessons show; transcripts.test.ts replays them in a
// fresh simulator and checks each block the lesson prints (same format as module 2's).
import type { Session } from "@/lib/content/transcripts";

const pod = (name: string, labels: Record<string, string>) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
${Object.entries(labels)
  .map(([k, v]) => `    ${k}: ${v}`)
  .join("\n")}
spec:
  containers:
    - name: app
      image: ghcr.io/reconcile/web:v1
`;

export const LABELLED_PODS = [
  pod("web-1", { app: "web", env: "prod", tier: "frontend" }),
  pod("web-2", { app: "web", env: "staging", tier: "frontend" }),
  pod("api-1", { app: "api", env: "prod", tier: "backend" }),
  pod("db-1", { app: "db", env: "prod" }),
].join("---\n");

/** Lesson 3.1: an init container, a native sidecar and the app container in one Pod. */
export const SHOP_POD = `apiVersion: v1
kind: Pod
metadata:
  name: shop
  labels:
    app: shop
spec:
  initContainers:
    - name: wait-for-config
      image: busybox:1.36
      command: ["sh", "-c", "sleep 5"]
    - name: log-shipper
      image: busybox:1.36
      restartPolicy: Always
      command: ["sh", "-c", "while true; do sleep 3600; done"]
  containers:
    - name: web
      image: nginx:1.26
      ports:
        - containerPort: 80
`;

/** Lesson 3.1's exercise starts with this Pod stuck on a mistyped init-container image. */
export const REPORT_POD = `apiVersion: v1
kind: Pod
metadata:
  name: report
  labels:
    app: report
spec:
  initContainers:
    - name: migrate
      image: busybox:1.366
      command: ["sh", "-c", "sleep 2"]
  containers:
    - name: app
      image: ghcr.io/reconcile/web:v1
`;

/** Lesson 3.3's exercise: a leftover namespace with a few objects in it, and web in default. */
export const SCRATCH_NAMESPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: scratch
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: experiment
  namespace: scratch
spec:
  replicas: 2
  selector:
    matchLabels:
      app: experiment
  template:
    metadata:
      labels:
        app: experiment
    spec:
      containers:
        - name: app
          image: ghcr.io/reconcile/web:v1
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: scratch
data:
  mode: test
`;

/** A one-container Pod with a resources block (lesson 3.4). */
const resourcePod = (name: string, image: string, resources: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: ${image}
      resources:
${resources}`;

export const HOG_POD = resourcePod("hog", "ghcr.io/reconcile/memhog:v1", "        limits:\n          memory: 256Mi\n");
export const BIG_POD = resourcePod("big", "nginx:1.27", "        requests:\n          cpu: \"8\"\n");
export const STEADY_POD = resourcePod("steady", "nginx:1.27",
  "        requests:\n          cpu: 250m\n          memory: 128Mi\n        limits:\n          cpu: 250m\n          memory: 128Mi\n");

/** Lesson 3.4's exercise: a cache whose memory limit is below what it uses. */
export const CACHE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
spec:
  replicas: 2
  selector:
    matchLabels:
      app: cache
  template:
    metadata:
      labels:
        app: cache
    spec:
      containers:
        - name: cache
          image: ghcr.io/reconcile/memhog:v1
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
`;

export const SESSIONS: Session[] = [
  {
    lesson: "01-pods-and-containers",
    seed: 31,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: SHOP_POD, display: "kubectl apply -f shop.yaml", show: "full" },
      { advance: 2 },
      { run: "kubectl get pods", show: "full" },
      { advance: 20 },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl describe pod shop", show: "excerpt" },
      { run: "kubectl logs shop -c web --tail=3", show: "full" },
      { run: "kubectl apply -f -", stdin: SHOP_POD.replace("sleep 5", "sleep 10"), display: "kubectl apply -f shop.yaml", show: "excerpt" },
      { run: "kubectl set image pod/shop web=nginx:1.27", show: "full" },
      { advance: 10 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl describe pod shop", show: "excerpt" },
    ],
  },
  {
    lesson: "02-labels-and-selectors",
    seed: 9,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: LABELLED_PODS, display: "kubectl apply -f pods.yaml", show: "full" },
      { advance: 10 },
      { run: "kubectl get pods --show-labels", show: "full" },
      { run: "kubectl get pods -l env=prod", show: "full" },
      { run: "kubectl get pods -l 'env=prod,tier!=frontend'", show: "full" },
      { run: "kubectl get pods -l 'tier in (frontend,backend)'", show: "full" },
      { run: "kubectl get pods -l '!tier'", show: "full" },
      { run: "kubectl label pod db-1 tier=data", show: "full" },
      { run: "kubectl label pod db-1 tier=cache", show: "full" },
      { run: "kubectl label pod db-1 tier=cache --overwrite", show: "full" },
      { run: "kubectl label pod db-1 tier-", show: "full" },
      { run: "kubectl annotate pod web-1 example.com/owner=alice", show: "full" },
      { run: "kubectl get pods -l example.com/owner=alice", show: "full" },
    ],
  },
  {
    lesson: "03-namespaces-and-contexts",
    seed: 33,
    nodes: 3,
    steps: [
      { run: "kubectl get namespaces", show: "full" },
      { run: "kubectl create namespace shop", show: "full" },
      { run: "kubectl create deployment web --image=nginx:1.27 --replicas=2 -n shop", show: "full" },
      { run: "kubectl create deployment web --image=nginx:1.27", show: "full" },
      { advance: 15 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl get pods -n shop", show: "full" },
      { run: "kubectl get deployments -A", show: "full" },
      { run: "kubectl get deployment web -n kube-system", show: "full" },
      { run: "kubectl config get-contexts", show: "full" },
      { run: "kubectl config set-context --current --namespace=shop", show: "full" },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl config view --minify", show: "excerpt" },
      { run: "kubectl config set-context --current --namespace=default", show: "full" },
      { run: "kubectl delete namespace shop", show: "full" },
      { run: "kubectl get deployments -A", show: "full" },
    ],
  },
  {
    lesson: "04-requests-and-limits",
    seed: 34,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: STEADY_POD, display: "kubectl apply -f steady.yaml", show: "full" },
      { run: "kubectl apply -f -", stdin: BIG_POD, display: "kubectl apply -f big.yaml", show: "full" },
      { run: "kubectl apply -f -", stdin: HOG_POD, display: "kubectl apply -f hog.yaml", show: "full" },
      { advance: 24 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl describe pod big", show: "excerpt" },
      { run: "kubectl describe node kind-worker", show: "excerpt" },
      { run: "kubectl describe pod hog", show: "excerpt" },
      { run: "kubectl get pods -o custom-columns=NAME:.metadata.name,QOS:.status.qosClass", show: "full" },
    ],
  },
];
