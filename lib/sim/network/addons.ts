// The cluster add-ons the networking lessons install with `kubectl apply -f` (the lesson shows
// the manifest; nothing is built in): an ingress-nginx controller (a Deployment of the real
// controller image behind a NodePort Service, and the `nginx` IngressClass), and
// cloud-provider-kind, which plays the cloud-controller-manager: it gives LoadBalancer Services
// an external IP. Shortened from the upstream manifests (no RBAC, admission webhook or
// ConfigMap: the simulator has no authorization and the controller model needs none).
// The simulated behaviour lives in controllers/ingressstatus (ADDRESS), controllers/servicelb
// (EXTERNAL-IP) and network/ingress.ts + request.ts (routing through the controller pods).
import { normalizeImage } from "../node/images";

export const INGRESS_NGINX_IMAGE = "registry.k8s.io/ingress-nginx/controller:v1.11.3";
export const CLOUD_PROVIDER_KIND_IMAGE = "registry.k8s.io/cloud-provider-kind/cloud-controller-manager:v0.6.0";

/** Addresses cloud-provider-kind hands out here: 172.18.255.200–250 on kind's docker network (documented in README). */
export const LB_RANGE = { base: "172.18.255.", first: 200, last: 250 };

export const INGRESS_NGINX_MANIFEST = `apiVersion: v1
kind: Namespace
metadata:
  name: ingress-nginx
  labels:
    app.kubernetes.io/name: ingress-nginx
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: nginx
  labels:
    app.kubernetes.io/name: ingress-nginx
    app.kubernetes.io/component: controller
spec:
  controller: k8s.io/ingress-nginx
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
  labels:
    app.kubernetes.io/name: ingress-nginx
    app.kubernetes.io/component: controller
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: ingress-nginx
      app.kubernetes.io/component: controller
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ingress-nginx
        app.kubernetes.io/component: controller
    spec:
      containers:
      - name: controller
        image: ${INGRESS_NGINX_IMAGE}
        args:
        - /nginx-ingress-controller
        - --ingress-class=nginx
        - --controller-class=k8s.io/ingress-nginx
        ports:
        - name: http
          containerPort: 80
        - name: https
          containerPort: 443
        readinessProbe:
          httpGet:
            path: /healthz
            port: 10254
          periodSeconds: 10
---
apiVersion: v1
kind: Service
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
  labels:
    app.kubernetes.io/name: ingress-nginx
    app.kubernetes.io/component: controller
spec:
  type: NodePort
  selector:
    app.kubernetes.io/name: ingress-nginx
    app.kubernetes.io/component: controller
  ports:
  - name: http
    port: 80
    targetPort: http
    nodePort: 30080
  - name: https
    port: 443
    targetPort: https
    nodePort: 30443
`;

export const CLOUD_PROVIDER_KIND_MANIFEST = `apiVersion: v1
kind: Namespace
metadata:
  name: cloud-provider-kind
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cloud-provider-kind
  namespace: cloud-provider-kind
spec:
  selector:
    matchLabels:
      app: cloud-provider-kind
  template:
    metadata:
      labels:
        app: cloud-provider-kind
    spec:
      containers:
      - name: cloud-provider-kind
        image: ${CLOUD_PROVIDER_KIND_IMAGE}
`;

/* eslint-disable @typescript-eslint/no-explicit-any */

const runsImage = (pod: any, repo: string) => (pod.spec?.containers ?? []).some((c: any) => normalizeImage(c.image ?? "").repo === repo);

/** A pod that is Running and Ready (what makes an add-on "up"). */
export const isReadyPod = (pod: any): boolean =>
  pod.status?.phase === "Running" && !pod.metadata?.deletionTimestamp && (pod.status?.conditions ?? []).some((c: any) => c.type === "Ready" && c.status === "True");

export const isIngressNginxPod = (pod: any) => runsImage(pod, normalizeImage(INGRESS_NGINX_IMAGE).repo);
export const isCloudProviderPod = (pod: any) => runsImage(pod, normalizeImage(CLOUD_PROVIDER_KIND_IMAGE).repo);
