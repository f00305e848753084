import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "04-networking.01-pod-ips-and-services",
  canary: "RECONCILE-ANSWER-KEY-CANARY-4a01c7e2",
  keys: {
    "replaced-pod": {
      type: "single",
      correct: "new",
      explanations: {
        new: "Right. A replacement is a different Pod (new name, maybe another node), and it gets whatever address its node hands out next.",
        same: "Nothing carries an IP from one Pod to another. The old address may be handed out again later, to any Pod.",
        service: "The cluster IP belongs to the Service and is virtual: no Pod ever has it.",
        none: "Every Pod gets an IP when its sandbox is created, whether or not a Service selects it.",
      },
    },
    "restart-ip": {
      type: "true-false",
      answer: false,
      justification: "same-pod",
      explanations: {
        "same-pod": "Right. The network namespace (and its IP) belongs to the Pod; restarted containers join it again. Only a new Pod gets a new IP.",
        "new-container": "Containers of a Pod share the Pod's one IP; a restarted container does not get its own.",
        "restart-count": "The restart count only changes the back-off delay; the IP never changes while the Pod exists.",
        "service-updates": "Services never assign Pod addresses; the network plugin does, once per Pod.",
      },
    },
    "empty-endpoints": {
      type: "multiple",
      correct: ["typo", "not-ready", "namespace"],
      explanations: {
        typo: "A selector that matches no Pod labels selects nothing, and the API server accepts it without complaint.",
        "not-ready": "Pods that are not Ready are left out of the ready endpoints (the EndpointSlice lists them with ready: false).",
        "target-port": "A wrong targetPort still produces endpoints; they just point at a port where nothing listens, so connections are refused.",
        namespace: "A Service selects Pods in its own namespace only.",
        "no-type": "Without a type, a Service is a ClusterIP Service, which has endpoints like any other.",
      },
    },
    "request-path": {
      type: "ordering",
      order: ["dns", "connect", "dnat", "answer"],
      explanation: "The name is resolved first (to the cluster IP), then curl connects to that virtual IP, the node's kube-proxy rules rewrite the destination to one ready endpoint, and that Pod answers.",
    },
    commands: {
      type: "matching",
      pairs: { ready: "slices", selector: "describe", labels: "show-labels", reach: "exec-curl" },
      explanations: {
        ready: "EndpointSlices list every selected Pod with its conditions (ready, serving, terminating).",
        selector: "describe svc shows Selector, Port, TargetPort and the ready Endpoints side by side.",
        labels: "--show-labels adds every Pod's labels, to compare with the selector.",
        reach: "The cluster IP is only reachable from inside the cluster, so test from a Pod with kubectl exec.",
      },
    },
    balancing: {
      type: "single",
      correct: "random",
      explanations: {
        random: "Right. The iptables rules pick an endpoint at random per new connection; kube-proxy knows nothing about load.",
        "least-busy": "A common belief, but kube-proxy does not track load. (IPVS mode can use least-connection scheduling, but it is being phased out.)",
        closest: "Only with internalTrafficPolicy: Local (or topology hints); by default any ready endpoint can be picked.",
        "round-robin": "The API server is not in the data path at all; packet rules on each node choose.",
      },
    },
    "endpoint-count": {
      type: "numeric",
      answer: 4,
      tolerance: 0,
      explanation:
        "The 3 Deployment Pods and the app=web,tier=cache Pod all match (extra labels do not matter) and are Ready: 4. The Pod whose readiness probe fails is selected but not ready, and app=api is not selected.",
    },
    headless: {
      type: "single",
      correct: "dns-pods",
      explanations: {
        "dns-pods": "Right. No virtual IP and no kube-proxy rules: clients get the Pod addresses from DNS and connect directly.",
        external: "Headless Services are still internal; exposing to the outside is what NodePort and LoadBalancer are for.",
        "no-endpoints": "A headless Service with a selector has EndpointSlices like any other; DNS serves them.",
        "random-ip": "It has no cluster IP at all, so there is nothing to re-pick.",
      },
    },
  },
});
