// The terminal sessions lesson 7.4 (health probes) shows and its exercise's starting state;
// probes-transcripts.test.ts replays them in a fresh simulator and checks each block the
// lesson prints (same format as transcripts.ts).
import type { Session } from "@/lib/content/transcripts";

const httpProbe = (kind: string, path: string, extra: string) => `          ${kind}:
            httpGet:
              path: ${path}
              port: 8080
${extra}`;

/** A Deployment `name` of `image` on 8080 with the given probe blocks. */
export const probedDeployment = (name: string, replicas: number, image: string, probes: string) => `apiVersion: apps/v1
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
        - name: ${name}
          image: ${image}
          ports:
            - containerPort: 8080
${probes}`;

/** Liveness on /healthz every 5 s, 3 failures: 15 s of patience. */
export const LIVENESS = httpProbe("livenessProbe", "/healthz", "            periodSeconds: 5\n            failureThreshold: 3\n");
/** Startup on /healthz every 5 s, up to 12 failures: 60 s to start. */
export const STARTUP = httpProbe("startupProbe", "/healthz", "            periodSeconds: 5\n            failureThreshold: 12\n");
/** Readiness on /readyz every 5 s. */
export const READINESS = httpProbe("readinessProbe", "/readyz", "            periodSeconds: 5\n");

const SLOW = "ghcr.io/reconcile/slow-start:v1";

/** Lesson 7.4: a slow-starting app (30 s) with a liveness probe that gives it 15 s. */
export const API_LIVENESS_ONLY = probedDeployment("api", 1, SLOW, LIVENESS);
/** Lesson 7.4: the same app with a startup probe in front and a readiness probe. */
export const API_WITH_STARTUP = probedDeployment("api", 1, SLOW, STARTUP + LIVENESS + READINESS);

/** Lesson 7.4: a Pod whose readiness is a file the script removes after 30 s. */
export const FILE_CHECK_POD = `apiVersion: v1
kind: Pod
metadata:
  name: file-check
spec:
  containers:
    - name: app
      image: busybox:1.36
      args:
        - /bin/sh
        - -c
        - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
      readinessProbe:
        exec:
          command:
            - cat
            - /tmp/healthy
        periodSeconds: 5
`;

/**
 * The exercise's start: 4 replicas of web:v1 with a 15 s liveness budget and no readiness
 * probe, behind a Service. The task moves it to slow-start:v1, which needs 30 s.
 */
export const CHECKOUT_START = `${probedDeployment("checkout", 4, "ghcr.io/reconcile/web:v1", LIVENESS)}---
apiVersion: v1
kind: Service
metadata:
  name: checkout
spec:
  selector:
    app: checkout
  ports:
    - port: 80
      targetPort: 8080
`;

export const PROBES_SESSIONS: Session[] = [
  {
    lesson: "04-health-probes",
    seed: 74,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: API_LIVENESS_ONLY, display: "kubectl apply -f api.yaml", show: "full" },
      { advance: 10 },
      { run: "kubectl get pods", show: "full" },
      { advance: 15 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl describe pods -l app=api", show: "excerpt" },
      { advance: 60 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl apply -f -", stdin: API_WITH_STARTUP, display: "kubectl apply -f api-startup.yaml", show: "full" },
      { advance: 20 },
      { run: "kubectl get pods", show: "full" },
      { advance: 20 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl describe pods -l app=api", show: "excerpt" },
      { run: "kubectl apply -f -", stdin: FILE_CHECK_POD, display: "kubectl apply -f file-check.yaml", show: "full" },
      { advance: 20 },
      { run: "kubectl get pod file-check", show: "full" },
      { advance: 30 },
      { run: "kubectl get pod file-check", show: "full" },
      { run: "kubectl describe pod file-check", show: "excerpt" },
    ],
  },
];
