// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";

export const WEB_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
    - name: web
      image: nginx:1.27
`;

export const exercise: Exercise = {
  id: "desired-state-and-self-healing",
  lesson: "01-why-kubernetes/01-what-kubernetes-does",
  title: "Desired state, and a container that heals itself",
  task: `The cluster already runs one Pod, \`web\`. At **t=30s** its container will crash.

1. Write down a desired state of your own: a Pod named \`hello\`, labelled \`app: hello\`,
   with one container running the image \`nginx:1.27\`. Apply it from the editor (or pipe it
   to \`kubectl apply -f -\`) and let the cluster make it real, until it is **Ready**.
2. Do not touch \`web\`. Keep the clock running past t=30s and watch the kubelet restart its
   container: \`kubectl get pods\` shows \`RESTARTS 1\` and \`web\` is Ready again.

Press **Check** when both Pods are Ready.`,
  hints: [
    "A Pod manifest needs `apiVersion: v1`, `kind: Pod`, `metadata.name` and `spec.containers` (each with a `name` and an `image`). Copy the shape of `web` with `kubectl get pod web -o yaml`.",
    "Labels go under `metadata.labels`, as a map: `app: hello`.",
    "A Pod is Ready once its image is pulled and its container started: let a few seconds of virtual time pass and run `kubectl get pods` again.",
    "If `web` still shows `RESTARTS 0`, the crash has not happened yet: it comes at t=30s. Deleting `web` would not heal it, it would remove it for good.",
  ],
  start: {
    seed: 11,
    nodes: 3,
    objects: WEB_POD,
    events: [{ at: 30_000, fault: { type: "killContainer", namespace: "default", pod: "web", container: "web" } }],
  },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
