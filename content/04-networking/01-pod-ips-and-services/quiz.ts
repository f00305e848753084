import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "04-networking.01-pod-ips-and-services",
  lesson: "04-networking/01-pod-ips-and-services",
  title: "Check your understanding",
  questions: [
    {
      id: "replaced-pod",
      type: "single",
      prompt: "A node fails and the ReplicaSet replaces one of `web`'s Pods, which had the IP 10.244.1.7. What about the replacement's IP?",
      options: [
        { id: "new", text: "It is a new Pod and gets a new IP from its node's Pod range" },
        { id: "same", text: "It inherits 10.244.1.7, because it replaces that Pod" },
        { id: "service", text: "It gets the Service's cluster IP" },
        { id: "none", text: "It has no IP until a Service selects it" },
      ],
    },
    {
      id: "restart-ip",
      type: "true-false",
      prompt: "When a container crashes and the kubelet restarts it, its Pod gets a new IP address.",
      justifications: [
        { id: "same-pod", text: "The restarted container is still in the same Pod, and the IP belongs to the Pod." },
        { id: "new-container", text: "Every new container gets a new IP from the network plugin." },
        { id: "restart-count", text: "The IP changes only after the restart count reaches 5." },
        { id: "service-updates", text: "The Service reassigns addresses whenever a container restarts." },
      ],
    },
    {
      id: "empty-endpoints",
      type: "multiple",
      prompt: "`kubectl describe svc api` shows an empty `Endpoints:` line, although `api` Pods are running. Which of these can cause it? Select all that apply.",
      options: [
        { id: "typo", text: "The Service's selector has a typo (app=apii)" },
        { id: "not-ready", text: "The Pods' readiness probes are failing" },
        { id: "target-port", text: "The targetPort is a port the app does not listen on" },
        { id: "namespace", text: "The Pods run in another namespace than the Service" },
        { id: "no-type", text: "The Service has no `type` field" },
      ],
    },
    {
      id: "request-path",
      type: "ordering",
      prompt: "Put in order what happens when `kubectl exec client -- curl http://web` reaches a web Pod.",
      items: [
        { id: "dnat", text: "Packet rules that kube-proxy wrote on the client's node rewrite the destination to a ready Pod's IP and port 8080" },
        { id: "connect", text: "curl opens a connection to the cluster IP on port 80" },
        { id: "answer", text: "The app in the chosen Pod answers" },
        { id: "dns", text: "The cluster DNS answers the name web with the Service's cluster IP" },
      ],
    },
    {
      id: "commands",
      type: "matching",
      prompt: "Which command answers which question?",
      items: [
        { id: "ready", text: "Which Pods are behind the Service, and is each ready?" },
        { id: "selector", text: "What is the Service's selector and targetPort?" },
        { id: "labels", text: "Which labels do the Pods carry?" },
        { id: "reach", text: "Does a request from inside the cluster get an answer?" },
      ],
      choices: [
        { id: "slices", text: "kubectl get endpointslices -l kubernetes.io/service-name=web -o yaml" },
        { id: "describe", text: "kubectl describe svc web" },
        { id: "show-labels", text: "kubectl get pods --show-labels" },
        { id: "exec-curl", text: "kubectl exec client -- curl -sS http://web" },
      ],
    },
    {
      id: "balancing",
      type: "single",
      prompt: "kube-proxy runs in its default iptables mode. A client opens a new connection to a Service with four ready endpoints. Which Pod gets it?",
      options: [
        { id: "random", text: "One of the four, picked at random with equal probability" },
        { id: "least-busy", text: "The one with the fewest open connections" },
        { id: "closest", text: "Always one on the client's own node, if there is one" },
        { id: "round-robin", text: "The next one in a fixed round-robin order kept by the API server" },
      ],
    },
    {
      id: "endpoint-count",
      type: "numeric",
      prompt:
        "A Service selects `app=web`. Running in its namespace: the 3 Ready Pods of the `web` Deployment (labelled `app=web,pod-template-hash=…`), a Ready Pod labelled `app=web,tier=cache`, a Pod labelled `app=web` whose readiness probe fails, and a Ready Pod labelled `app=api`. How many addresses does the Service send traffic to?",
      min: 0,
      max: 10,
    },
    {
      id: "headless",
      type: "single",
      prompt: "What does `clusterIP: None` change about a Service?",
      options: [
        { id: "dns-pods", text: "It gets no virtual IP; its DNS name resolves to the IPs of its ready Pods" },
        { id: "external", text: "It becomes reachable from outside the cluster" },
        { id: "no-endpoints", text: "It has no endpoints, so it routes nowhere" },
        { id: "random-ip", text: "The API server picks a new cluster IP every time a Pod changes" },
      ],
    },
  ],
});
