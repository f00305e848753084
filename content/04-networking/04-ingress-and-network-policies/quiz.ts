import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "04-networking.04-ingress-and-network-policies",
  lesson: "04-networking/04-ingress-and-network-policies",
  title: "Check your understanding",
  questions: [
    {
      id: "matching",
      type: "matching",
      prompt: "An Ingress for `shop.example.com` has three paths: `/` (Prefix) → storefront, `/api` (Prefix) → api, `/api/admin` (Exact) → admin. Where does each request go?",
      items: [
        { id: "orders", text: "/api/orders" },
        { id: "apiary", text: "/apiary" },
        { id: "admin", text: "/api/admin" },
        { id: "admin-users", text: "/api/admin/users" },
      ],
      choices: [
        { id: "storefront", text: "storefront" },
        { id: "api", text: "api" },
        { id: "admin", text: "admin" },
      ],
    },
    {
      id: "no-controller",
      type: "single",
      prompt: "You apply a valid Ingress to a fresh cluster. `kubectl get ingress` shows it with an empty ADDRESS, and requests to the nodes get no answer. Why?",
      options: [
        { id: "controller", text: "No ingress controller runs: an Ingress is only configuration, and Kubernetes ships no controller for it" },
        { id: "dns", text: "The host's public DNS record has not propagated yet" },
        { id: "wait", text: "The API server needs a few minutes to open port 80 on the nodes" },
        { id: "service", text: "The backend Services must be of type LoadBalancer" },
      ],
    },
    {
      id: "path",
      type: "ordering",
      prompt: "A browser requests https://shop.example.com/api/orders from a cluster exposed through a cloud load balancer and ingress-nginx. Put the hops in order.",
      items: [
        { id: "pod", text: "An api Pod answers" },
        { id: "lb", text: "The cloud load balancer forwards the connection to a node" },
        { id: "controller", text: "An ingress controller Pod matches the host and path and proxies to an api endpoint" },
        { id: "dns", text: "Public DNS resolves shop.example.com to the load balancer's address" },
        { id: "node", text: "kube-proxy's rules on that node send it to an ingress controller Pod" },
      ],
    },
    {
      id: "isolation",
      type: "multiple",
      prompt: "The only NetworkPolicy in `default` selects `app=db`, has `policyTypes: [Ingress]` and allows from `app=api` on port 5432. Which statements are true? Select all that apply.",
      options: [
        { id: "storefront", text: "A storefront Pod in default can no longer connect to db" },
        { id: "db-egress", text: "db Pods can still open connections to anything (their egress is not restricted)" },
        { id: "web-open", text: "Pods other than db still accept connections from anyone" },
        { id: "other-ns", text: "Pods labelled app=api in another namespace can connect to db" },
        { id: "deny-api", text: "Adding a second policy that selects app=db with no ingress rules would block api too" },
      ],
    },
    {
      id: "additive",
      type: "true-false",
      prompt: "A NetworkPolicy can deny traffic that another NetworkPolicy selecting the same Pod allows.",
      justifications: [
        { id: "union", text: "Policies only allow: what a Pod accepts is the union of what all policies selecting it allow." },
        { id: "order", text: "The policy created last wins, as with firewall rules." },
        { id: "deny-field", text: "A policy can list peers under `deny:` to override the others." },
        { id: "namespace", text: "A policy in the Pod's namespace overrides one in another namespace." },
      ],
    },
    {
      id: "not-enforced",
      type: "single",
      prompt: "On a cluster whose network plugin does not implement NetworkPolicy, what happens when you apply one?",
      options: [
        { id: "ignored", text: "The API server stores it, and it has no effect on traffic" },
        { id: "rejected", text: "The API server rejects it with an error" },
        { id: "kube-proxy", text: "kube-proxy enforces it instead, with iptables rules" },
        { id: "deny-all", text: "All traffic to the selected Pods is dropped until a plugin is installed" },
      ],
    },
  ],
});
