import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "03-pods-labels-namespaces.01-pods-and-containers",
  lesson: "03-pods-labels-namespaces/01-pods-and-containers",
  title: "Check your understanding",
  questions: [
    {
      id: "localhost",
      type: "single",
      prompt: "A Pod runs `web` and a sidecar `metrics` that listens on port 9100. How does `web` reach `metrics`?",
      options: [
        { id: "localhost", text: "http://localhost:9100 — containers of a Pod share one network namespace" },
        { id: "own-ip", text: "Through the sidecar's own IP address, shown in kubectl get pods -o wide" },
        { id: "service", text: "Only through a Service that selects the Pod" },
        { id: "dns", text: "Through the DNS name metrics.<namespace>.svc.cluster.local" },
      ],
    },
    {
      id: "startup-order",
      type: "ordering",
      prompt: "The `shop` Pod of this lesson declares `wait-for-config` (an init container), then `log-shipper` (a native sidecar), then `web`. Put what happens in order.",
      items: [
        { id: "web-starts", text: "web starts" },
        { id: "init-starts", text: "wait-for-config starts" },
        { id: "sidecar-starts", text: "log-shipper starts" },
        { id: "init-exits", text: "wait-for-config exits with code 0" },
      ],
    },
    {
      id: "init-status",
      type: "single",
      prompt: "`kubectl get pods` shows a Pod with two init containers as `Init:1/2`. What does it mean?",
      options: [
        { id: "one-done", text: "One init container has completed; the next one has not finished yet" },
        { id: "one-failed", text: "One of the two init containers failed" },
        { id: "half-ready", text: "One of the Pod's two app containers is Ready" },
        { id: "retry", text: "The Pod is on its first retry of two" },
      ],
    },
    {
      id: "mutable",
      type: "multiple",
      prompt: "Which changes to an existing Pod does the API server accept (with `kubectl apply`, `set image` or `patch`)? Select all that apply.",
      options: [
        { id: "image", text: "A new image for a container" },
        { id: "init-image", text: "A new image for an init container" },
        { id: "command", text: "A different command for a container" },
        { id: "add-container", text: "An extra container" },
        { id: "labels", text: "New labels" },
      ],
    },
    {
      id: "scale-in-pod",
      type: "true-false",
      prompt: "To handle more traffic, you add two more copies of the `web` container to its Pod.",
      justifications: [
        { id: "more-pods", text: "A Pod is one instance of the app; you scale by running more Pods, e.g. more replicas of a Deployment." },
        { id: "same-port", text: "It works as long as each copy listens on the same port." },
        { id: "fine", text: "It works: the Pod spreads its containers over several nodes." },
        { id: "limit", text: "It works up to the limit of three containers per Pod." },
      ],
    },
    {
      id: "pause",
      type: "single",
      prompt: "What is the pause container (the Pod sandbox) for?",
      options: [
        { id: "namespaces", text: "It holds the Pod's network namespace, so the IP stays while app containers restart" },
        { id: "pause-app", text: "It suspends the app containers when the node is under pressure" },
        { id: "probes", text: "It runs the liveness and readiness probes" },
        { id: "logs", text: "It collects the logs of the other containers" },
      ],
    },
  ],
});
