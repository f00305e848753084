import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "04-networking.02-ports-and-service-types",
  canary: "RECONCILE-ANSWER-KEY-CANARY-9c42e6b1",
  keys: {
    chain: {
      type: "ordering",
      order: ["node", "port", "target", "container"],
      explanation: "Outside in: the nodePort on a node, the Service's port (what in-cluster clients use), the targetPort on the Pod, which is the container port (8080, named http) where the app listens.",
    },
    "named-target": {
      type: "single",
      correct: "per-pod",
      explanations: {
        "per-pod": "Right. A named targetPort is looked up in each Pod's spec when its endpoint is written, so a Service can span versions that moved the port.",
        first: "The name is resolved per Pod, every time the endpoints are computed, not once.",
        refused: "This is exactly the flexibility named ports exist for; nothing is refused.",
        port: "The Service's port is what clients connect to; traffic leaves for the targetPort.",
      },
    },
    "nodeport-facts": {
      type: "multiple",
      correct: ["every-node", "cluster-ip"],
      explanations: {
        "every-node": "kube-proxy opens the nodePort on every node and forwards to a ready Pod wherever it runs.",
        "cluster-ip": "A NodePort Service is a ClusterIP Service plus the node port: the cluster IP and DNS name still work.",
        "laptop-cluster-ip": "The cluster IP is virtual and only has meaning inside the cluster; from the laptop the curl times out.",
        "per-node": "Every node opens every nodePort, so a nodePort is unique across the whole cluster.",
        "any-port": "nodePorts must be in the range (30000-32767 by default); 80 is refused.",
      },
    },
    pending: {
      type: "true-false",
      answer: false,
      justification: "no-provider",
      explanations: {
        "no-provider": "Right. A LoadBalancer Service asks for a load balancer; a cloud controller (or cloud-provider-kind, MetalLB…) must answer. kind has none by default.",
        selector: "A selector that matches nothing gives empty endpoints, not a pending address.",
        nodeport: "An out-of-range nodePort is refused when you apply; the Service would not exist at all.",
        wait: "The API server never assigns external IPs; only a controller that provisions load balancers does.",
      },
    },
    types: {
      type: "matching",
      pairs: { internal: "clusterip", alias: "externalname", public: "loadbalancer", dev: "nodeport", peers: "headless" },
      explanations: {
        internal: "Internal only: the default ClusterIP.",
        alias: "ExternalName makes the cluster DNS answer with a CNAME to the external name.",
        public: "LoadBalancer asks the cloud for an external address.",
        dev: "NodePort opens a port on every node, enough for development.",
        peers: "A headless Service's DNS name resolves to the ready Pods' IPs.",
      },
    },
    "range-size": {
      type: "numeric",
      answer: 2768,
      tolerance: 0,
      explanation: "32767 − 30000 + 1 = 2768 ports, shared by every NodePort and LoadBalancer Service port in the cluster.",
    },
    "out-of-range": {
      type: "single",
      correct: "invalid",
      explanations: {
        invalid: "Right: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767.",
        created: "The API server validates nodePorts against --service-node-port-range.",
        clamped: "Nothing is adjusted for you; the request is refused.",
        random: "A random port is picked only when you leave nodePort out.",
      },
    },
    "multi-port": {
      type: "single",
      correct: "names-required",
      explanations: {
        "names-required": "Right: spec.ports[0].name: Required value, and the same for [1]. Names tell the ports apart in EndpointSlices and DNS SRV records.",
        "first-only": "The API server does not drop parts of an object; it validates the whole and refuses.",
        "auto-named": "Names are never generated for Service ports (kubectl create service does name them, e.g. 80-8080, but that is the client).",
        ok: "A single port may be unnamed; from two ports on, names are required.",
      },
    },
  },
});
