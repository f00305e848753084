import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "04-networking.04-ingress-and-network-policies",
  canary: "RECONCILE-ANSWER-KEY-CANARY-a4f7302e",
  keys: {
    matching: {
      type: "matching",
      pairs: { orders: "api", apiary: "storefront", admin: "admin", "admin-users": "api" },
      explanations: {
        orders: "/api matches whole path elements, and /api/orders starts with the element api: the longest matching path is /api.",
        apiary: "apiary is a different path element from api, so only / matches.",
        admin: "The Exact path /api/admin is the longest match.",
        "admin-users": "Exact matches /api/admin only, nothing below it; the longest matching prefix is then /api.",
      },
    },
    "no-controller": {
      type: "single",
      correct: "controller",
      explanations: {
        controller: "Right. Some ingress controller (ingress-nginx, Traefik, a cloud's controller…) must run in the cluster, watch Ingresses and proxy the traffic; it also fills in ADDRESS.",
        dns: "The requests went straight to node addresses, so public DNS plays no part; and DNS never fills in ADDRESS.",
        wait: "The API server does not serve application traffic, and nothing opens ports for an Ingress by itself.",
        service: "Ingress backends are normally ClusterIP Services; only the controller itself needs to be exposed.",
      },
    },
    path: {
      type: "ordering",
      order: ["dns", "lb", "node", "controller", "pod"],
      explanation: "The name resolves to the load balancer (public DNS), which forwards to a node; the node's kube-proxy rules for the controller's Service pick a controller Pod (maybe on another node); the controller matches the host and path and proxies to one of api's endpoints; that Pod answers.",
    },
    isolation: {
      type: "multiple",
      correct: ["storefront", "db-egress", "web-open"],
      explanations: {
        storefront: "Yes: db is isolated for ingress, and only app=api Pods of default are allowed.",
        "db-egress": "Yes: the policy lists only Ingress, so db's outgoing traffic is not isolated.",
        "web-open": "Yes: a Pod no policy selects stays non-isolated.",
        "other-ns": "No: a podSelector alone means Pods of the policy's own namespace; other namespaces need a namespaceSelector.",
        "deny-api": "No: policies are additive; a policy with no rules allows nothing extra, but the first policy still allows api.",
      },
    },
    additive: {
      type: "true-false",
      answer: false,
      justification: "union",
      explanations: {
        union: "Right. There are no deny rules and no order: adding a policy can only allow more for the Pods it selects (apart from isolating a Pod that no policy selected before).",
        order: "NetworkPolicies have no order or priority.",
        "deny-field": "The NetworkPolicy API has no deny field; only ingress and egress allow rules.",
        namespace: "A NetworkPolicy only selects Pods of its own namespace; there is nothing to override.",
      },
    },
    "not-enforced": {
      type: "single",
      correct: "ignored",
      explanations: {
        ignored: "Right. The API accepts the object, but enforcement is the network plugin's job; without support it is silently ignored.",
        rejected: "NetworkPolicy is a built-in API; the API server validates it like any object and stores it.",
        "kube-proxy": "kube-proxy implements Services only, never NetworkPolicies.",
        "deny-all": "Nothing enforces it at all, so nothing is dropped either.",
      },
    },
  },
});
