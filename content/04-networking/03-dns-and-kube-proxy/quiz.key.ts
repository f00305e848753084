import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "04-networking.03-dns-and-kube-proxy",
  canary: "RECONCILE-ANSWER-KEY-CANARY-5d1c9e72",
  keys: {
    names: {
      type: "multiple",
      correct: ["ns", "fqdn"],
      explanations: {
        ns: "Yes: the search path turns payments.billing into payments.billing.svc.cluster.local.",
        fqdn: "Yes: the full name works from every namespace.",
        short: "No: from shop, payments is tried as payments.shop.svc.cluster.local first, and there is no payments in shop.",
        reversed: "No: the Service name comes first, then the namespace.",
        svc: "No: the namespace is missing between the Service name and svc.",
      },
    },
    headless: {
      type: "single",
      correct: "pods",
      explanations: {
        pods: "Right. A headless Service answers with one A record per ready Pod, and each StatefulSet Pod gets <pod>.<service> as its own name.",
        vip: "That describes a normal ClusterIP Service. clusterIP: None means no virtual IP at all.",
        first: "DNS has no notion of a primary: every ready Pod is listed.",
        nxdomain: "Headless Services do have names; they resolve to Pod IPs instead of a cluster IP.",
      },
    },
    chains: {
      type: "ordering",
      order: ["services", "svc", "sep", "route"],
      explanation: "KUBE-SERVICES matches the Service's IP and port and jumps to its KUBE-SVC chain, which picks an endpoint at random; the endpoint's KUBE-SEP chain rewrites the destination (DNAT); then ordinary routing (the CNI's job) carries the packet to the Pod.",
    },
    "least-busy": {
      type: "true-false",
      answer: false,
      justification: "random",
      explanations: {
        random: "Right. The choice is random per connection (probability 1/n, then 1/(n-1)…), blind to load; IPVS mode is the one with load-aware algorithms.",
        metrics: "kube-proxy reads Services and EndpointSlices only, never Pod metrics.",
        "round-robin": "iptables mode has no round robin: the spread is random, close to even only over many connections.",
        ingress: "Services do balance, at random per connection; an Ingress controller may balance too, at HTTP level.",
      },
    },
    policy: {
      type: "matching",
      pairs: { "source-ip": "local", "any-node": "cluster", drop: "local", snat: "cluster" },
      explanations: {
        "source-ip": "Local sends only to Pods on the receiving node, without SNAT, so the client's address survives.",
        "any-node": "Cluster lets every node forward to any ready Pod, on any node.",
        drop: "With Local, a node without a local endpoint has nothing to send to, so it drops the traffic.",
        snat: "Cluster masquerades the connection so that replies come back through the same node; the Pod sees that node's IP.",
      },
    },
    nxdomain: {
      type: "single",
      correct: "namespace",
      explanations: {
        namespace: "Right. A short name is completed with the asking Pod's namespace first; use orders.<namespace>.",
        "coredns-down": "Then the lookup would time out (no server could be reached) instead of getting an NXDOMAIN answer.",
        "not-ready": "A normal Service's name resolves to its cluster IP whether or not its Pods are ready.",
        "kube-proxy": "kube-proxy has nothing to do with DNS answers; it handles the packets after the name is resolved.",
      },
    },
    "port-forward": {
      type: "single",
      correct: "pod",
      explanations: {
        pod: "Right. port-forward tunnels through the API server and the kubelet to a single Pod it picked at start, so it says nothing about the Service, kube-proxy or NetworkPolicies.",
        service: "port-forward never used the Service's cluster IP or rules: it only looked up a Pod through the Service's selector.",
        dns: "No DNS lookup happened: kubectl found the Pod through the API.",
        all: "port-forward does not load-balance: it sticks to one Pod until it stops.",
      },
    },
  },
});
