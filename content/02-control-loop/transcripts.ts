// The terminal sessions this module's lessons show (format and checks: lib/content/transcripts.ts).

import type { Session } from "@/lib/content/transcripts";

export const WEB_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
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
          image: nginx:1.27
`;

export const HELLO_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello
spec:
  replicas: 2
  selector:
    matchLabels:
      app: hello
  template:
    metadata:
      labels:
        app: hello
    spec:
      containers:
        - name: hello
          image: ghcr.io/reconcile/web:v2
          resources:
            requests:
              cpu: 100m
`;

/** A one-container Pod, optionally with a CPU request. */
export const pod = (name: string, image: string, cpu?: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: ${image}
${cpu ? `      resources:\n        requests:\n          cpu: "${cpu}"\n` : ""}`;

const MISMATCHED = WEB_DEPLOYMENT.replace("      labels:\n        app: web", "      labels:\n        app: frontend");

export const SESSIONS: Session[] = [
  {
    lesson: "01-api-server-and-etcd",
    seed: 7,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: MISMATCHED, display: "kubectl apply -f deployment.yaml", show: "full" },
      { run: "kubectl apply -f -", stdin: WEB_DEPLOYMENT, display: "kubectl apply -f deployment.yaml", show: "full" },
      { run: "kubectl get deployment web -o yaml", show: "excerpt" },
      { advance: 30 },
      { run: "kubectl get deployment web", show: "full" },
      { run: "kubectl scale deployment web --replicas=4", show: "full" },
      { advance: 10 },
      { run: "kubectl get deployment web -o yaml", show: "excerpt" },
    ],
  },
  {
    lesson: "02-controllers",
    seed: 7,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: WEB_DEPLOYMENT, display: "kubectl apply -f deployment.yaml", show: "full" },
      { advance: 30 },
      { run: "kubectl get deployments,replicasets,pods", show: "full" },
      { run: "kubectl delete pod web-5f84b7585b-rt62k", show: "full" },
      { run: "kubectl get pods", show: "full" },
      { advance: 5 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl scale deployment web --replicas=5", show: "full" },
      { advance: 5 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl scale replicaset web-5f84b7585b --replicas=8", show: "full" },
      { advance: 1 },
      { run: "kubectl get replicaset", show: "full" },
      { run: "kubectl scale deployment web --replicas=2", show: "full" },
      { run: "kubectl get pods", show: "full" },
      { advance: 30 },
      { run: "kubectl get events --field-selector involvedObject.kind=ReplicaSet", show: "full" },
    ],
  },
  {
    lesson: "03-scheduler-and-kubelet",
    seed: 3,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: pod("hello", "ghcr.io/reconcile/web:v1", "100m"), display: "kubectl apply -f hello.yaml", show: "full" },
      { run: "kubectl get pod hello -o wide", show: "full" },
      { run: "kubectl apply -f -", stdin: pod("big", "ghcr.io/reconcile/web:v1", "16"), display: "kubectl apply -f big.yaml", show: "full" },
      { advance: 10 },
      { run: "kubectl get pod big", show: "full" },
      { run: "kubectl describe pod big", show: "excerpt" },
      { run: "kubectl get events --field-selector involvedObject.name=hello", show: "full" },
      { run: "kubectl apply -f -", stdin: pod("typo", "ghcr.io/reconcile/web:v3"), display: "kubectl apply -f typo.yaml", show: "full" },
      { run: "kubectl apply -f -", stdin: pod("crashy", "ghcr.io/reconcile/crash:v1"), display: "kubectl apply -f crashy.yaml", show: "full" },
      { advance: 40 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl get events --field-selector involvedObject.name=typo", show: "full" },
      { run: "kubectl describe pod crashy", show: "excerpt" },
    ],
  },
  {
    lesson: "04-journey-of-an-apply",
    seed: 5,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: HELLO_DEPLOYMENT, display: "kubectl apply -f hello.yaml", show: "full" },
      { advance: 10 },
      { run: "kubectl get events", show: "full" },
      { run: "kubectl get deployments,replicasets,pods -o wide", show: "full" },
    ],
  },
];
