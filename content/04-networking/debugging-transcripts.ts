// The terminal session lesson 4.5 (debugging a Service) shows, and the starting state of its
// exercise; debugging-transcripts.test.ts replays the session in a fresh simulator and checks
// each block the lesson prints (same format as traffic-transcripts.ts).
import type { Session } from "@/lib/content/transcripts";

const namespace = (name: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
`;

/** A Deployment of the course's web app (port 8080) with an optional readiness probe path/port. */
const webApp = (name: string, ns: string, replicas: number, probe?: { path: string; port: number | string }) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
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
          image: ghcr.io/reconcile/web:v1
          ports:
            - name: http
              containerPort: 8080${probe ? `
          readinessProbe:
            httpGet:
              path: ${probe.path}
              port: ${probe.port}
            periodSeconds: 5` : ""}
`;

const service = (name: string, ns: string, selector: string, targetPort: number | string) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    ${selector}
  ports:
    - port: 80
      targetPort: ${targetPort}
`;

/** Isolates every Pod of a namespace for ingress and allows nothing. */
export const DEFAULT_DENY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes:
    - Ingress
`;

/**
 * Lesson 4.5: orders in the shop namespace, broken four ways at once — the Service selects
 * app=order, targets port 80, the readiness probe asks for a path the app does not serve,
 * and a default-deny policy isolates the namespace. frontend runs in default.
 */
export const ORDERS_BROKEN = [
  namespace("shop"),
  webApp("orders", "shop", 2, { path: "/ready", port: 8080 }),
  service("orders", "shop", "app: order", 80),
  DEFAULT_DENY,
  webApp("frontend", "default", 1),
].join("---\n");

/** Lesson 4.5: let frontend Pods of the default namespace reach orders on 8080. */
export const ORDERS_ALLOW_FRONTEND = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: orders-allow-frontend
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: orders
  policyTypes:
    - Ingress
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: default
          podSelector:
            matchLabels:
              app: frontend
      ports:
        - protocol: TCP
          port: 8080
`;

/** The exercise's policy: meant for checkout, but a podSelector alone only matches Pods of billing. */
export const PAYMENTS_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: payments-allow-checkout
  namespace: billing
spec:
  podSelector:
    matchLabels:
      app: payments
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: checkout
      ports:
        - protocol: TCP
          port: 8080
`;

/**
 * Lesson 4.5's exercise: checkout (default) calls payments (billing). The Service selects
 * app=payment, the readiness probe asks port 8081, and the policy admits checkout Pods of
 * billing only. reports (default) must stay locked out.
 */
export const PAYMENTS_BROKEN = [
  namespace("billing"),
  webApp("payments", "billing", 2, { path: "/readyz", port: 8081 }),
  service("payments", "billing", "app: payment", "http"),
  PAYMENTS_POLICY,
  webApp("checkout", "default", 1),
  webApp("reports", "default", 1),
].join("---\n");

const curlOrders = "kubectl exec deploy/frontend -- curl -sS -m 3 http://orders.shop/";

export const DEBUGGING_SESSIONS: Session[] = [
  {
    lesson: "05-debugging-services",
    seed: 51,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: ORDERS_BROKEN, display: "kubectl apply -f orders.yaml", show: "full" },
      { advance: 30 },
      { run: "kubectl exec deploy/frontend -- curl -sS -m 3 http://orders/", show: "full" },
      { run: "kubectl get svc orders", show: "full" },
      { run: "kubectl get svc -A", show: "full" },
      { run: "kubectl exec deploy/frontend -- nslookup orders.shop", show: "full" },
      { run: curlOrders, show: "full" },
      { run: "kubectl get endpointslices -n shop -l kubernetes.io/service-name=orders", show: "full" },
      { run: "kubectl describe svc orders -n shop", show: "full" },
      { run: "kubectl get pods -n shop --show-labels", show: "full" },
      { run: `kubectl patch svc orders -n shop -p '{"spec":{"selector":{"app":"orders"}}}'`, show: "full" },
      { run: "kubectl get endpointslices -n shop -l kubernetes.io/service-name=orders", show: "full" },
      { run: "kubectl get endpoints orders -n shop", show: "full" },
      { run: "kubectl get pods -n shop", show: "full" },
      { run: "kubectl describe pods -n shop -l app=orders", show: "excerpt" },
      {
        run: `kubectl patch deployment orders -n shop --type=json -p '[{"op":"replace","path":"/spec/template/spec/containers/0/readinessProbe/httpGet/path","value":"/readyz"}]'`,
        show: "full",
      },
      { advance: 30 },
      { run: "kubectl get pods -n shop -o wide", show: "full" },
      { run: curlOrders, show: "full" },
      { run: "kubectl describe svc orders -n shop", show: "excerpt" },
      { run: `kubectl patch svc orders -n shop -p '{"spec":{"ports":[{"port":80,"targetPort":8080}]}}'`, show: "full" },
      { run: curlOrders, show: "full" },
      { run: "kubectl get networkpolicy -n shop", show: "full" },
      { run: "kubectl describe networkpolicy default-deny -n shop", show: "full" },
      { run: "kubectl apply -f -", stdin: ORDERS_ALLOW_FRONTEND, display: "kubectl apply -f orders-allow-frontend.yaml", show: "full" },
      { run: curlOrders, show: "full" },
    ],
  },
];
