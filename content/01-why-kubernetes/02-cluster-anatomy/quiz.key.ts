import "server-only";
import { customCheck, fieldEquals, podsReady } from "@/lib/exercises/checks";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "01-why-kubernetes.02-cluster-anatomy",
  canary: "RECONCILE-ANSWER-KEY-CANARY-c4e08d15",
  keys: {
    "etcd-client": {
      type: "single",
      correct: "apiserver",
      explanations: {
        apiserver: "Right. Only the API server talks to etcd; it validates, defaults and stores every object there.",
        scheduler: "The scheduler reads unscheduled Pods and writes bindings through the API server, never to etcd.",
        "controller-manager": "Controllers watch and write objects through the API server like every other client.",
        kubelet: "The kubelet watches its node's Pods and reports their status through the API server.",
      },
    },
    "who-does-what": {
      type: "matching",
      pairs: { scheduler: "bind", "controller-manager": "controllers", kubelet: "agent", runtime: "containers", proxy: "rules" },
      explanations: {
        scheduler: "The scheduler filters and scores nodes, then binds the Pod; it starts nothing itself.",
        "controller-manager": "One process running many controllers: ReplicaSet, Deployment, node and more.",
        kubelet: "The kubelet is the agent on each node: it starts the Pods bound to its node, runs probes and reports status.",
        runtime: "The runtime pulls images and runs containers; the kubelet drives it through the CRI.",
        proxy: "kube-proxy writes iptables, IPVS or nftables rules so traffic to a Service's virtual IP reaches a Pod.",
      },
    },
    "scheduler-starts": {
      type: "true-false",
      answer: false,
      justification: "binds-only",
      explanations: {
        "binds-only": "Right. Scheduling ends with a binding written to the API server; the kubelet on the chosen node sees it and starts the containers.",
        "apiserver-starts": "The API server stores objects and starts nothing; it does not even know which node a Pod belongs on until the scheduler binds it.",
        "proxy-starts": "kube-proxy only programs Service networking; it never starts containers.",
        "scheduler-cri": "The scheduler never talks to nodes. Only the kubelet talks to the container runtime through the CRI.",
      },
    },
    "apply-order": {
      type: "ordering",
      order: ["store", "replicaset", "pods", "schedule", "start", "status"],
      explanation:
        "Each step is a component reacting, through its watch, to an object the previous step wrote: Deployment → ReplicaSet → Pods → bindings → running containers → status. Nobody calls the next component directly.",
    },
    "every-node": {
      type: "multiple",
      correct: ["kubelet", "runtime", "proxy"],
      explanations: {
        kubelet: "The kubelet is the agent on every node.",
        runtime: "Every node needs a container runtime, such as containerd or CRI-O, to run containers.",
        proxy: "kube-proxy runs on each node to program Service networking (some network plugins replace it, but in a typical cluster it is there).",
        scheduler: "The scheduler is part of the control plane; one active instance serves the whole cluster.",
        etcd: "etcd belongs to the control plane and is only reached through the API server.",
      },
    },
    "objects-after-apply": {
      type: "numeric",
      answer: 5,
      tolerance: 0,
      explanation: "5: one Deployment, the one ReplicaSet its controller created, and the three Pods the ReplicaSet controller created.",
    },
    "write-desired-state": {
      type: "command",
      checks: [
        fieldEquals("replicas", { resource: "deployments", name: "hello" }, "spec.replicas", 2),
        customCheck("image", "hello runs nginx:1.27", (cluster) => {
          const images = (cluster.get("deployments", "default", "hello")?.spec?.template?.spec?.containers ?? []).map((c: { image: string }) => c.image);
          return images.includes("nginx:1.27") ? { pass: true, message: "hello runs nginx:1.27." } : { pass: false, message: `deployment/hello runs ${images.join(", ") || "no container"}; it should run nginx:1.27.` };
        }),
        podsReady("ready", "app=hello", 2),
      ],
      example: "kubectl create deployment hello --image=nginx:1.27 --replicas=2",
      explanation:
        "`kubectl create deployment hello --image=nginx:1.27 --replicas=2` stores a Deployment whose spec says what you want: two replicas of that image. You gave no steps; the controllers and the scheduler did the rest. `kubectl run hello --image=nginx:1.27` would create a single bare Pod, which nothing replaces if it goes away.",
    },
    "node-failure": {
      type: "predict",
      measure: (cluster) => cluster.list("pods", "default", "app=web").filter((p) => p.spec?.nodeName === "kind-worker2" && !p.metadata.deletionTimestamp).length,
      show: "get pods -o wide",
      explanation:
        "Still 2. Self-healing after a node failure is not immediate: the node lifecycle controller waits 50 s without a heartbeat before it marks the node's conditions Unknown and taints it `node.kubernetes.io/unreachable:NoExecute`, and every Pod tolerates that taint for 300 s by default. Only then are the Pods on `kind-worker` evicted and the ReplicaSet creates replacements on `kind-worker2`, about six minutes after the failure. The evicted Pods then stay `Terminating`, because no kubelet is left to confirm they stopped.",
    },
  },
});
