// The terminal sessions lessons 4.1 and 4.2 show; transcripts.test.ts replays them in a fresh
// simulator and checks each block the lesson prints (same format as modules 2 and 3).
import type { Session } from "@/lib/content/transcripts";
import { CLOUD_PROVIDER_KIND_MANIFEST } from "@/lib/sim";

/** A Deployment of the course's web app: it listens on 8080 (named http) and is Ready once /readyz answers. */
export const webDeployment = (name: string, replicas: number) => `apiVersion: apps/v1
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
      containers:
        - name: web
          image: ghcr.io/reconcile/web:v1
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet:
              path: /readyz
              port: http
            periodSeconds: 5
`;

export const WEB_SERVICE = `apiVersion: v1
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

/** A Pod that carries app=web but is not a replica of the Deployment, and is Ready only after 30 s. */
export const SLOW_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web-slow
  labels:
    app: web
spec:
  containers:
    - name: web
      image: ghcr.io/reconcile/slow-start:v1
      ports:
        - name: http
          containerPort: 8080
      readinessProbe:
        httpGet:
          path: /readyz
          port: http
        periodSeconds: 5
`;

export const HEADLESS_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web-headless
spec:
  clusterIP: None
  selector:
    app: web
  ports:
    - port: 8080
`;

/** Lesson 4.2: a NodePort Service whose targetPort names the container's port. */
export const SHOP_NODEPORT = `apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  type: NodePort
  selector:
    app: shop
  ports:
    - port: 80
      targetPort: http
      nodePort: 30080
`;

export const SHOP_LB = `apiVersion: v1
kind: Service
metadata:
  name: shop-lb
spec:
  type: LoadBalancer
  selector:
    app: shop
  ports:
    - port: 80
      targetPort: http
`;

/** Lesson 4.2: a Service with two ports (each must be named). */
export const shopMultiPort = (named: boolean) => `apiVersion: v1
kind: Service
metadata:
  name: shop-multi
spec:
  selector:
    app: shop
  ports:
    - ${named ? "name: http\n      " : ""}port: 80
      targetPort: http
    - ${named ? "name: metrics\n      " : ""}port: 9090
      targetPort: 9090
`;

export const SESSIONS: Session[] = [
  {
    lesson: "01-pod-ips-and-services",
    seed: 41,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: webDeployment("web", 3), display: "kubectl apply -f web.yaml", show: "full" },
      { advance: 15 },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl delete pod web-7456d6c6cc-s77gr", show: "full" },
      { advance: 10 },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl apply -f -", stdin: WEB_SERVICE, display: "kubectl apply -f web-svc.yaml", show: "full" },
      { run: "kubectl get svc", show: "full" },
      { run: "kubectl get endpointslices -l kubernetes.io/service-name=web", show: "full" },
      { run: "kubectl describe svc web", show: "excerpt" },
      { run: "kubectl run client --image=nginx:1.27", show: "full" },
      { advance: 10 },
      { run: "kubectl exec client -- curl -s http://web", show: "full" },
      { run: "kubectl exec client -- curl -s http://web", show: "full" },
      { run: "kubectl exec client -- curl -sS -m 3 http://10.244.1.2:8080", show: "full" },
      { run: "kubectl apply -f -", stdin: SLOW_POD, display: "kubectl apply -f web-slow.yaml", show: "full" },
      { advance: 10 },
      { run: "kubectl get pods -l app=web", show: "full" },
      { run: "kubectl get endpoints web", show: "excerpt" },
      { run: "kubectl get endpointslices -l kubernetes.io/service-name=web -o yaml", show: "excerpt" },
      { advance: 30 },
      { run: "kubectl get endpoints web", show: "excerpt" },
      { run: "kubectl apply -f -", stdin: HEADLESS_SERVICE, display: "kubectl apply -f web-headless.yaml", show: "full" },
      { run: "kubectl get svc web-headless", show: "full" },
      { run: "kubectl exec client -- getent hosts web-headless", show: "full" },
    ],
  },
  {
    lesson: "02-ports-and-service-types",
    seed: 42,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: webDeployment("shop", 2), display: "kubectl apply -f shop.yaml", show: "full" },
      { advance: 15 },
      { run: "kubectl apply -f -", stdin: SHOP_NODEPORT, display: "kubectl apply -f shop-svc.yaml", show: "full" },
      { run: "kubectl get svc shop", show: "full" },
      { run: "kubectl describe svc shop", show: "excerpt" },
      { run: "kubectl get nodes -o wide", show: "excerpt" },
      { run: "curl http://172.18.0.3:30080", show: "full" },
      { run: "curl http://172.18.0.2:30080/hello", show: "full" },
      { run: "curl -m 3 http://10.109.2.134", show: "full" },
      { run: "kubectl create service nodeport shop-copy --tcp=80:8080 --node-port=30080", show: "full" },
      { run: "kubectl create service nodeport shop-copy --tcp=80:8080 --node-port=8080", show: "full" },
      { run: "kubectl apply -f -", stdin: SHOP_LB, display: "kubectl apply -f shop-lb.yaml", show: "full" },
      { advance: 10 },
      { run: "kubectl get svc shop-lb", show: "full" },
      { run: "kubectl apply -f -", stdin: CLOUD_PROVIDER_KIND_MANIFEST, display: "kubectl apply -f cloud-provider-kind.yaml", show: "full" },
      { advance: 20 },
      { run: "kubectl get svc shop-lb", show: "full" },
      { run: "kubectl describe svc shop-lb", show: "excerpt" },
      { run: "curl http://172.18.255.200", show: "full" },
      { run: "kubectl create service externalname payments --external-name=api.example.com", show: "full" },
      { run: "kubectl get svc payments", show: "full" },
      { run: "kubectl apply -f -", stdin: shopMultiPort(false), display: "kubectl apply -f shop-multi.yaml", show: "full" },
      { run: "kubectl apply -f -", stdin: shopMultiPort(true), display: "kubectl apply -f shop-multi.yaml", show: "full" },
      { run: "kubectl get svc shop-multi", show: "full" },
    ],
  },
];

/** Lesson 4.1's exercise: the shop Deployment, a client Pod with curl, and a Service that routes nowhere. */
export const BROKEN_SHOP = `${webDeployment("shop", 3)}---
apiVersion: v1
kind: Pod
metadata:
  name: client
  labels:
    app: client
spec:
  containers:
    - name: client
      image: nginx:1.27
---
apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  selector:
    app: shopp
  ports:
    - name: http
      port: 80
      targetPort: 80
`;

/** The same Service, fixed: the selector matches the Deployment's Pods and targetPort names their port. */
export const FIXED_SHOP_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  selector:
    app: shop
  ports:
    - name: http
      port: 80
      targetPort: http
`;

/** Lesson 4.2's exercise: the catalog app, and a leftover Service that still holds nodePort 30100. */
export const CATALOG_START = `${webDeployment("catalog", 2)}---
apiVersion: v1
kind: Service
metadata:
  name: catalog-old
spec:
  type: NodePort
  selector:
    app: catalog-v0
  ports:
    - port: 80
      targetPort: 80
      nodePort: 30100
`;

/** A solution's Service: catalog on port 80 inside, nodePort 30100 outside, to the container port named http. */
export const CATALOG_NODEPORT = `apiVersion: v1
kind: Service
metadata:
  name: catalog
spec:
  type: NodePort
  selector:
    app: catalog
  ports:
    - port: 80
      targetPort: http
      nodePort: 30100
`;
