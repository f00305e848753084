import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "03-pods-labels-namespaces.01-pods-and-containers",
  canary: "RECONCILE-ANSWER-KEY-CANARY-3a7c51e0",
  keys: {
    localhost: {
      type: "single",
      correct: "localhost",
      explanations: {
        localhost: "Right. All containers of a Pod share its network namespace: one IP, one set of ports, and localhost reaches the others.",
        "own-ip": "Containers of a Pod do not get their own IPs; the Pod has one IP that all of them share.",
        service: "A Service is for reaching Pods from elsewhere. Inside one Pod, localhost is enough.",
        dns: "Cluster DNS has names for Services (and some Pods), never for single containers.",
      },
    },
    "startup-order": {
      type: "ordering",
      order: ["init-starts", "init-exits", "sidecar-starts", "web-starts"],
      explanation: "Init containers run one at a time in the order listed. A regular one must exit with 0 before the next starts; a native sidecar (restartPolicy: Always) only has to have started. Then the app containers start.",
    },
    "init-status": {
      type: "single",
      correct: "one-done",
      explanations: {
        "one-done": "Right. Init:N/M counts the init containers that have completed (or, for sidecars, started) out of M.",
        "one-failed": "A failing init container shows as Init:Error or Init:CrashLoopBackOff.",
        "half-ready": "Readiness of app containers is the READY column; they have not even started yet.",
        retry: "The count is progress through the init containers, not retries (those are in RESTARTS).",
      },
    },
    mutable: {
      type: "multiple",
      correct: ["image", "init-image", "labels"],
      explanations: {
        image: "Yes: spec.containers[*].image is mutable. The kubelet restarts that container with the new image.",
        "init-image": "Yes: spec.initContainers[*].image is mutable too — that is how report was fixed in place.",
        command: "No: the rest of the Pod spec is immutable (“pod updates may not change fields other than …”). Delete and re-create the Pod, or let a controller do it.",
        "add-container": "No: the list of containers is fixed when the Pod is created.",
        labels: "Yes: metadata such as labels and annotations can always change.",
      },
    },
    "scale-in-pod": {
      type: "true-false",
      answer: false,
      justification: "more-pods",
      explanations: {
        "more-pods": "Right. Containers of a Pod are always scheduled together on one node; replicas are Pods.",
        "same-port": "Containers of a Pod share the network namespace, so two of them cannot listen on the same port at all.",
        fine: "A Pod never spans nodes: all its containers run on the node it is bound to.",
        limit: "There is no such limit; the point is that a Pod is one instance, not a unit of scale.",
      },
    },
    pause: {
      type: "single",
      correct: "namespaces",
      explanations: {
        namespaces: "Right. The runtime creates the sandbox first; app containers join its namespaces, so a crashing container does not lose the Pod's IP.",
        "pause-app": "Nothing suspends containers; under pressure the kubelet evicts Pods.",
        probes: "The kubelet runs probes itself.",
        logs: "Container logs are written by the runtime to files on the node; kubectl logs reads them through the kubelet.",
      },
    },
  },
});
