import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "03-pods-labels-namespaces.03-namespaces-and-contexts",
  canary: "RECONCILE-ANSWER-KEY-CANARY-b82e04d9",
  keys: {
    "same-name": {
      type: "single",
      correct: "two",
      explanations: {
        two: "Right. A namespaced object's name is unique only within its namespace.",
        conflict: "Names of namespaced objects are unique per namespace, not per cluster.",
        moved: "Nothing ever moves between namespaces; the namespace is part of an object's identity.",
        shared: "They are separate objects with separate ReplicaSets and Pods.",
      },
    },
    scope: {
      type: "matching",
      pairs: { node: "cluster", pod: "namespaced", pv: "cluster", svc: "namespaced", ns: "cluster" },
      explanations: {
        node: "Nodes serve the whole cluster.",
        pod: "Pods always live in a namespace.",
        pv: "A PersistentVolume is cluster-wide; the claim (PVC) that binds it is namespaced.",
        svc: "Services are namespaced, which is why DNS names include the namespace.",
        ns: "A namespace cannot be inside another namespace.",
      },
    },
    dns: {
      type: "single",
      correct: "qualified",
      explanations: {
        qualified: "Right. The search path of a Pod in front tries front.svc.cluster.local first, so a bare api means front's api; qualify it with the namespace.",
        short: "A bare name is resolved in the caller's own namespace first.",
        impossible: "Namespaces do not block traffic; only NetworkPolicies do.",
        "ip-only": "Cluster DNS answers for every namespace: <service>.<namespace>.svc.cluster.local.",
      },
    },
    isolation: {
      type: "true-false",
      answer: false,
      justification: "network-open",
      explanations: {
        "network-open": "Right. Namespaces are a naming and policy scope (RBAC, quotas, NetworkPolicies attach to them), not a network boundary.",
        firewall: "The Pod network is flat: every Pod can reach every other Pod unless a NetworkPolicy says otherwise.",
        "dns-only": "DNS names work across namespaces too, qualified with the namespace.",
        rbac: "RBAC controls who may call the API server, not packets between Pods.",
      },
    },
    context: {
      type: "single",
      correct: "kubeconfig",
      explanations: {
        kubeconfig: "Right. It is a client-side setting in ~/.kube/config; the cluster knows nothing about it.",
        cluster: "The cluster has no per-user default namespace; the default lives in each user's kubeconfig.",
        move: "Objects never move between namespaces.",
        create: "It only records the name; it does not check that the namespace exists.",
      },
    },
    "delete-ns": {
      type: "multiple",
      correct: ["deploy", "pods", "cm"],
      explanations: {
        deploy: "Yes: every namespaced object in scratch is deleted — there is no “only if empty” safety net.",
        pods: "Yes, and nothing recreates them, since their controllers go too.",
        cm: "Yes: configuration is deleted along with the workloads.",
        nodes: "No: nodes are cluster-scoped and serve every namespace.",
        "other-ns": "No: a namespace's deletion never reaches objects in other namespaces, whatever their names.",
      },
    },
  },
});
