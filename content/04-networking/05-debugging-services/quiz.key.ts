import "server-only";
import { customCheck, serviceRoutesTo } from "@/lib/exercises/checks";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "04-networking.05-debugging-services",
  canary: "RECONCILE-ANSWER-KEY-CANARY-5d1c9b37",
  keys: {
    errors: {
      type: "matching",
      pairs: { resolve: "dns", refused: "endpoints", timeout: "policy", http: "app" },
      explanations: {
        resolve: "No DNS answer: curl never sent a packet. Check the spelling and whether the Service lives in another namespace (a short name only searches the client's own).",
        refused: "A fast refusal: kube-proxy rejects connections to a Service with no ready endpoints, and a Pod refuses a port nothing listens on (a wrong targetPort).",
        timeout: "Silence until curl gives up: the packets are dropped. Inside a cluster that is usually a NetworkPolicy isolating the server Pods.",
        http: "An HTTP status means the request reached a process that answered: the network path works, so look at the app (its paths, its logs).",
      },
    },
    order: {
      type: "ordering",
      order: ["name", "selector", "ready", "port", "policy"],
      explanation: "From the client towards the packets: the name must resolve before anything is sent; the selector must match Pods before readiness matters; Ready endpoints must exist before their port matters; and a policy only shows once the rest is right (it turns every other failure into a timeout).",
    },
    "slice-ready": {
      type: "true-false",
      answer: false,
      justification: "condition",
      explanations: {
        condition: "Right. The ENDPOINTS column prints every address; `-o yaml` shows `conditions.ready`, and Pods that fail readiness stay in the slice with ready: false and get no new connections.",
        listed: "Being listed only means the selector matched; kube-proxy skips endpoints that are not ready.",
        stale: "The EndpointSlice controller updates slices within moments of a Pod change; staleness is not the reason.",
        dns: "kube-proxy works with IPs from EndpointSlices; Pod names and DNS play no part in its choice.",
      },
    },
    "no-endpoints": {
      type: "multiple",
      correct: ["typo", "namespace", "extra-key"],
      explanations: {
        typo: "Yes: a selector matches only Pods that carry every key with exactly that value.",
        namespace: "Yes: a Service selects Pods of its own namespace only.",
        "extra-key": "Yes: every key of the selector must match; Pods without tier=api are not selected.",
        policy: "No: NetworkPolicies drop packets; they do not change which Pods a Service selects or what its EndpointSlices list.",
        "target-port": "No: a wrong targetPort still lists the Pods (with that port); connections are then refused by the Pod.",
      },
    },
    "policy-port": {
      type: "single",
      correct: "8080",
      explanations: {
        "8080": "Right. kube-proxy rewrites the destination to a Pod IP and the targetPort before the packet reaches the Pod, so the policy matches port 8080 (or the port's name).",
        "80": "The client dials 80, but by the time the packet reaches the Pod it is addressed to 8080; a rule for 80 lets nothing in.",
        both: "Only the Pod's port matters for the policy; 80 never reaches the Pod.",
        none: "Ingress rules take a `ports` list; without one, every port is allowed from the listed peers.",
      },
    },
    "fix-selector": {
      type: "command",
      checks: [
        customCheck("selector", "service/api selects app=api", (cluster) => {
          const sel = (cluster.get("services", "default", "api")?.spec?.selector ?? {}) as Record<string, string>;
          const text = Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(",") || "(none)";
          return text === "app=api"
            ? { pass: true, message: "service/api selects app=api." }
            : { pass: false, message: `service/api selects ${text}; the Pods are labelled app=api. Change the Service, not the Pods.` };
        }),
        serviceRoutesTo("routes", { name: "api" }, 3, { mode: "exactly" }),
      ],
      example: `kubectl patch svc api -p '{"spec":{"selector":{"app":"api"}}}'`,
      explanation:
        "`kubectl set selector svc api app=api`, a patch like the example, or `kubectl edit svc api` replaces the selector; the EndpointSlice controller then lists the three Ready Pods at once. Relabelling the Pods instead would orphan them from their ReplicaSet, which would start three new Pods with the old label.",
    },
  },
});
