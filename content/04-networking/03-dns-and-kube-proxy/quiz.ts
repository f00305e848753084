import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "04-networking.03-dns-and-kube-proxy",
  lesson: "04-networking/03-dns-and-kube-proxy",
  title: "Check your understanding",
  questions: [
    {
      id: "names",
      type: "multiple",
      prompt: "A Pod in namespace `shop` wants the Service `payments` in namespace `billing`. Which names resolve to it? Select all that apply.",
      options: [
        { id: "ns", text: "payments.billing" },
        { id: "fqdn", text: "payments.billing.svc.cluster.local" },
        { id: "short", text: "payments" },
        { id: "reversed", text: "billing.payments" },
        { id: "svc", text: "payments.svc.cluster.local" },
      ],
    },
    {
      id: "headless",
      type: "single",
      prompt: "`db` is a headless Service (`clusterIP: None`) in front of a StatefulSet `db` with 3 ready replicas. What does a lookup of `db` return, and what is `db-1.db`?",
      options: [
        { id: "pods", text: "The 3 Pod IPs; db-1.db is the IP of the Pod db-1" },
        { id: "vip", text: "One virtual IP that load-balances; db-1.db does not exist" },
        { id: "first", text: "Only db-0's IP, the primary; db-1.db is db-1's IP" },
        { id: "nxdomain", text: "NXDOMAIN: a Service without a cluster IP has no DNS name" },
      ],
    },
    {
      id: "chains",
      type: "ordering",
      prompt: "A Pod on a node in iptables mode connects to a Service's cluster IP. Put what happens to the first packet in order.",
      items: [
        { id: "sep", text: "A KUBE-SEP chain DNATs the destination to one Pod's IP and port" },
        { id: "svc", text: "The Service's KUBE-SVC chain picks one endpoint with a random-probability rule" },
        { id: "route", text: "The packet is routed to that Pod, on this node or another one" },
        { id: "services", text: "KUBE-SERVICES matches the cluster IP and port" },
      ],
    },
    {
      id: "least-busy",
      type: "true-false",
      prompt: "A ClusterIP Service sends each new request to the least busy of its Pods.",
      justifications: [
        { id: "random", text: "In iptables and nftables modes kube-proxy's rules choose an endpoint at random, per connection, without knowing any load." },
        { id: "metrics", text: "kube-proxy reads the Pods' CPU metrics and prefers the idlest one." },
        { id: "round-robin", text: "The Service keeps a strict round-robin order, so load is always exactly even." },
        { id: "ingress", text: "Balancing is done by the Ingress, never by the Service." },
      ],
    },
    {
      id: "policy",
      type: "matching",
      prompt: "Match each situation with the externalTrafficPolicy that fits it.",
      items: [
        { id: "source-ip", text: "The app must log the real client IP address" },
        { id: "any-node", text: "Any node must accept the traffic, whatever Pods it runs" },
        { id: "drop", text: "A node with no Pod of the Service drops the connection" },
        { id: "snat", text: "The Pod sees the node's IP as the source" },
      ],
      choices: [
        { id: "local", text: "Local" },
        { id: "cluster", text: "Cluster" },
      ],
    },
    {
      id: "nxdomain",
      type: "single",
      prompt: "From a Pod in `default`, `nslookup orders` prints `** server can't find orders: NXDOMAIN`, while the Pods of `orders` are Running. The most likely cause?",
      options: [
        { id: "namespace", text: "The orders Service lives in another namespace, so the short name is looked up in default" },
        { id: "coredns-down", text: "CoreDNS has crashed" },
        { id: "not-ready", text: "The orders Pods are not Ready yet" },
        { id: "kube-proxy", text: "kube-proxy has not written the rules for orders yet" },
      ],
    },
    {
      id: "port-forward",
      type: "single",
      prompt: "`kubectl port-forward svc/web 8080:80` answers fine on localhost:8080, but other Pods cannot reach `web`. What did port-forward prove?",
      options: [
        { id: "pod", text: "That one Pod of web serves; port-forward went straight to it, bypassing the Service's rules and any NetworkPolicy" },
        { id: "service", text: "That the Service works, so the problem must be in the client Pods' code" },
        { id: "dns", text: "That DNS for web works" },
        { id: "all", text: "That every Pod of web serves, since port-forward load-balances" },
      ],
    },
  ],
});
