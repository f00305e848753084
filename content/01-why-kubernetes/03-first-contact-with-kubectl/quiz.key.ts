import "server-only";
import { customCheck, fieldEquals, isPodReady } from "@/lib/exercises/checks";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "01-why-kubernetes.03-first-contact-with-kubectl",
  canary: "RECONCILE-ANSWER-KEY-CANARY-5b1e93a7",
  keys: {
    "which-command": {
      type: "matching",
      pairs: { node: "wide", why: "describe", app: "logs", inside: "exec", stored: "yaml" },
      explanations: {
        node: "`-o wide` adds the IP and NODE columns to the usual one-line summary.",
        why: "describe ends with the Pod's Events: the scheduler's and the kubelet's account of each step, including a Warning if a pull or a start failed.",
        app: "logs prints what the container wrote to stdout and stderr: the program's own words, not Kubernetes'.",
        inside: "exec runs a command inside the running container, so `env` prints the variables the container really sees.",
        stored: "-o yaml prints the whole object as the API server stored it, defaults (imagePullPolicy, restartPolicy…) included. `kubectl get nodes` answers none of these: it lists machines, not the Pod.",
      },
    },
    "same-object": {
      type: "multiple",
      correct: ["pod", "pods", "po-slash"],
      explanations: {
        pod: "The singular form of the type, then the name.",
        pods: "The plural form works just as well: kubectl resolves pod, pods and po to the same type.",
        "po-slash": "`po` is the short name, and TYPE/NAME is the glued form of type and name.",
        reversed: "The type comes first. kubectl would look for a resource type called `hello` and fail.",
        nodes: "That asks for a node named hello, which does not exist: Pods and nodes are different types.",
      },
    },
    "bare-pod-deleted": {
      type: "true-false",
      answer: false,
      justification: "no-owner",
      explanations: {
        "no-owner": "Right. Nothing owns the Pod, and nothing in the cluster says a Pod called hello should exist, so once deleted it stays deleted.",
        "restart-policy": "restartPolicy is about containers: the kubelet restarts a container that exits inside a Pod that still exists. A deleted Pod is gone for good.",
        "run-deployment": "That was kubectl before 1.18. Today `kubectl run` creates a single Pod and nothing else.",
        scheduler: "The scheduler only places Pods that already exist and have no node; it never creates Pods.",
      },
    },
    "event-order": {
      type: "ordering",
      order: ["scheduled", "pulling", "pulled", "created", "started"],
      explanation:
        "The scheduler binds the Pod first (Scheduled, from default-scheduler); then the kubelet of that node pulls the image (Pulling, Pulled), creates the container (Created) and starts it (Started).",
    },
    "exec-dashdash": {
      type: "single",
      correct: "separator",
      explanations: {
        separator: "Right. Without it, kubectl would try to read `-l` as one of its own flags. Everything after `--` goes to the container untouched.",
        shell: "exec runs exactly the command you give, without a shell in between; an interactive shell needs `-it` and a shell as the command.",
        "all-containers": "exec runs in one container: the first one, or the one named with `-c`.",
        optional: "kubectl refuses the form without `--` (`error: exec [POD] [COMMAND] is not supported anymore`); older versions accepted it with a deprecation warning.",
      },
    },
    "run-a-pod": {
      type: "command",
      checks: [
        fieldEquals("image", { resource: "pods", name: "cache" }, "spec.containers[0].image", "redis:7.2"),
        fieldEquals("label", { resource: "pods", name: "cache" }, "metadata.labels.tier", "backend", { title: "cache carries the label tier=backend" }),
        customCheck("ready", "cache is Ready", (cluster) => {
          const pod = cluster.get("pods", "default", "cache");
          if (!pod) return { pass: false, message: "There is no Pod named cache." };
          return isPodReady(pod) ? { pass: true, message: "cache is Ready." } : { pass: false, message: "cache is not Ready." };
        }),
      ],
      example: "kubectl run cache --image=redis:7.2 --labels=tier=backend",
      explanation:
        "`kubectl run NAME --image=IMAGE` creates one Pod; `--labels` sets its labels (several as `a=1,b=2`). Without `--labels`, kubectl run labels the Pod `run=cache`.",
    },
    "delete-everything": {
      type: "predict",
      measure: (cluster) => cluster.list("pods", "default").filter((p) => !p.metadata.deletionTimestamp).length,
      show: "get pods",
      explanation:
        "2. The ReplicaSet behind `web` still wants two Pods, so it creates two new ones as soon as the old ones are deleted. `solo` had no owner: nothing asks for it, so it does not come back.",
    },
  },
});
