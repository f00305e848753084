// The terminal sessions lessons 4.3 (DNS, kube-proxy) and 4.4 (Ingress, NetworkPolicy) show;
// traffic-transcripts.test.ts replays them in a fresh simulator and checks each block the
// lesson prints (same format as module 3's transcripts.ts). Lessons 4.1 and 4.2 keep theirs
// in transcripts.ts.
import type { Session } from "@/lib/content/transcripts";
import { INGRESS_NGINX_MANIFEST } from "@/lib/sim";

/** A Deployment and its ClusterIP Service (port 80 → the container's port). */
const app = (name: string, image: string, containerPort: number, replicas: number, namespace?: string) => {
  const ns = namespace ? `\n  namespace: ${namespace}` : "";
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}${ns}
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
        - name: ${name}
          image: ${image}
          ports:
            - containerPort: ${containerPort}
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}${ns}
spec:
  selector:
    app: ${name}
  ports:
    - port: 80
      targetPort: ${containerPort}
`;
};

const namespace = (name: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
`;

/** Lesson 4.3: web in default, orders in the shop namespace. */
export const DNS_APPS = [app("web", "ghcr.io/reconcile/web:v1", 8080, 3), namespace("shop"), app("orders", "ghcr.io/reconcile/web:v1", 8080, 1, "shop")].join("---\n");

/** Lesson 4.3: a headless Service and the StatefulSet that names it. */
export const DB_STATEFULSET = `apiVersion: v1
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
  replicas: 2
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

/** Lesson 4.3: a NodePort Service that only answers on nodes with a local endpoint. */
export const WEB_NODEPORT_LOCAL = `apiVersion: v1
kind: Service
metadata:
  name: web-np
spec:
  type: NodePort
  externalTrafficPolicy: Local
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
      nodePort: 30007
`;

/** Lesson 4.3's exercise: the frontend looks for orders by a short name, from the wrong namespace. */
export const FRONTEND_WRONG_NAME = `${namespace("shop")}---
${app("orders", "ghcr.io/reconcile/web:v1", 8080, 2, "shop")}---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontend
spec:
  replicas: 2
  selector:
    matchLabels:
      app: frontend
  template:
    metadata:
      labels:
        app: frontend
    spec:
      containers:
        - name: frontend
          image: ghcr.io/reconcile/web:v1
          env:
            - name: ORDERS_URL
              value: http://orders/
          ports:
            - containerPort: 8080
`;

/** Lesson 4.4: the shop's storefront (nginx) and api (the course's web app). */
export const SHOP_APPS = [app("storefront", "nginx:1.27", 80, 2), app("api", "ghcr.io/reconcile/web:v1", 8080, 2)].join("---\n");

const path = (p: string, type: string, service: string) => `          - path: ${p}
            pathType: ${type}
            backend:
              service:
                name: ${service}
                port:
                  number: 80
`;

/** Lesson 4.4: shop.example.com/ → storefront, shop.example.com/api → api. */
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
${path("/", "Prefix", "storefront")}${path("/api", "Prefix", "api")}`;

/** Lesson 4.4: a database every Pod can reach until a NetworkPolicy says otherwise. */
export const DB_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
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
---
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  selector:
    app: db
  ports:
    - port: 5432
`;

/** Lesson 4.4: only Pods labelled app=api may open connections to db, on 5432. */
export const DB_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-allow-api
spec:
  podSelector:
    matchLabels:
      app: db
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: api
      ports:
        - protocol: TCP
          port: 5432
`;

/**
 * Lesson 4.4's exercise: the controller is installed, the apps run, and a first Ingress was
 * written without a class and with /api as an Exact path.
 */
export const SHOP_BROKEN_INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
${path("/", "Prefix", "storefront")}${path("/api", "Exact", "api")}`;

export const SHOP_EXERCISE_START = [INGRESS_NGINX_MANIFEST, SHOP_APPS, DB_DEPLOYMENT, SHOP_BROKEN_INGRESS].join("---\n");

export const TRAFFIC_SESSIONS: Session[] = [
  {
    lesson: "03-dns-and-kube-proxy",
    seed: 43,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: DNS_APPS, display: "kubectl apply -f apps.yaml", show: "full" },
      { run: "kubectl run client --image=busybox:1.36 -- sleep 3600", show: "full" },
      { advance: 20 },
      { run: "kubectl get svc -A", show: "full" },
      { run: "kubectl exec client -- cat /etc/resolv.conf", show: "full" },
      { run: "kubectl exec client -- nslookup web", show: "full" },
      { run: "kubectl exec client -- nslookup orders", show: "full" },
      { run: "kubectl exec client -- nslookup orders.shop", show: "full" },
      { run: "kubectl exec client -- wget -qO- http://orders.shop/", show: "full" },
      { run: "kubectl apply -f -", stdin: DB_STATEFULSET, display: "kubectl apply -f db.yaml", show: "full" },
      { advance: 30 },
      { run: "kubectl get pods -l app=db -o wide", show: "full" },
      { run: "kubectl exec client -- nslookup db", show: "full" },
      { run: "kubectl exec client -- nslookup db-0.db", show: "full" },
      { run: "kubectl exec client -- nslookup db-2.db", show: "full" },
      { run: "kubectl get endpointslices -l kubernetes.io/service-name=web", show: "full" },
      { run: "kubectl apply -f -", stdin: WEB_NODEPORT_LOCAL, display: "kubectl apply -f web-np.yaml", show: "full" },
      { run: "kubectl get pods -l app=web -o wide", show: "full" },
      { run: "curl -s http://172.18.0.3:30007/", show: "full" },
      { run: "curl -sS -m 3 http://172.18.0.2:30007/", show: "full" },
      { run: `kubectl patch svc web-np -p '{"spec":{"externalTrafficPolicy":"Cluster"}}'`, show: "full" },
      { run: "curl -s http://172.18.0.2:30007/", show: "full" },
      { run: "hey -n 300 http://172.18.0.2:30007/", show: "excerpt" },
    ],
  },
  {
    lesson: "04-ingress-and-network-policies",
    seed: 44,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: SHOP_APPS, display: "kubectl apply -f shop.yaml", show: "full" },
      { run: "kubectl apply -f -", stdin: SHOP_INGRESS, display: "kubectl apply -f shop-ingress.yaml", show: "full" },
      { advance: 20 },
      { run: "kubectl get ingress", show: "full" },
      { run: "curl -sS -H 'Host: shop.example.com' http://172.18.0.3:30080/", show: "full" },
      { run: "kubectl apply -f -", stdin: INGRESS_NGINX_MANIFEST, display: "kubectl apply -f ingress-nginx.yaml", show: "full" },
      { advance: 40 },
      { run: "kubectl get pods -n ingress-nginx -o wide", show: "full" },
      { run: "kubectl get ingressclass", show: "full" },
      { run: "kubectl get ingress", show: "full" },
      { run: "kubectl describe ingress shop", show: "full" },
      { run: "curl -s -H 'Host: shop.example.com' http://172.18.0.3:30080/api/orders", show: "full" },
      { run: "curl -s -H 'Host: shop.example.com' http://172.18.0.3:30080/", show: "excerpt" },
      { run: "curl -s -H 'Host: shop.example.com' http://172.18.0.3:30080/apiary", show: "full" },
      { run: "curl -s -H 'Host: blog.example.com' http://172.18.0.3:30080/", show: "full" },
      { run: "curl -s -H 'Host: shop.example.com' http://172.18.0.4:30080/api", show: "full" },
      { run: "kubectl apply -f -", stdin: DB_DEPLOYMENT, display: "kubectl apply -f db.yaml", show: "full" },
      { advance: 20 },
      { run: "kubectl exec deploy/storefront -- curl -sS -m 3 http://db:5432/", show: "full" },
      { run: "kubectl apply -f -", stdin: DB_POLICY, display: "kubectl apply -f db-policy.yaml", show: "full" },
      { run: "kubectl exec deploy/storefront -- curl -sS -m 3 http://db:5432/", show: "full" },
      { run: "kubectl exec deploy/api -- curl -sS -m 3 http://db:5432/", show: "full" },
      { run: "kubectl describe networkpolicy db-allow-api", show: "full" },
    ],
  },
];
