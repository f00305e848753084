import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "04-networking.02-ports-and-service-types",
  lesson: "04-networking/02-ports-and-service-types",
  title: "Check your understanding",
  questions: [
    {
      id: "chain",
      type: "ordering",
      prompt: "A NodePort Service `shop` (80:30080/TCP, targetPort http) fronts Pods whose container port `http` is 8080. Order the ports from the one a client outside the cluster uses to the one the app listens on.",
      items: [
        { id: "target", text: "targetPort: http, on the Pod's IP" },
        { id: "node", text: "nodePort 30080, on a node's IP" },
        { id: "container", text: "containerPort 8080, where the app listens" },
        { id: "port", text: "port 80, the Service's own port" },
      ],
    },
    {
      id: "named-target",
      type: "single",
      prompt: "A Service has `targetPort: http`. During a rollout, old Pods declare `name: http, containerPort: 8080` and new Pods `name: http, containerPort: 9090`. Where does traffic go?",
      options: [
        { id: "per-pod", text: "To 8080 on the old Pods and 9090 on the new ones: the name is resolved for each Pod" },
        { id: "first", text: "To 8080 everywhere: the name is resolved once, when the Service is created" },
        { id: "refused", text: "Nowhere: the API server refuses a name that maps to two numbers" },
        { id: "port", text: "To port 80 on every Pod, the Service's port" },
      ],
    },
    {
      id: "nodeport-facts",
      type: "multiple",
      prompt: "`kubectl get svc shop` shows `NodePort   10.109.2.134   <none>   80:30080/TCP`. Which statements are true? Select all that apply.",
      options: [
        { id: "every-node", text: "Port 30080 answers on every node's IP, also on nodes that run no shop Pod" },
        { id: "cluster-ip", text: "Pods in the cluster can still use http://shop on port 80" },
        { id: "laptop-cluster-ip", text: "From a laptop outside the cluster, http://10.109.2.134 reaches the app" },
        { id: "per-node", text: "Another Service may also use nodePort 30080, as long as its Pods run on other nodes" },
        { id: "any-port", text: "The nodePort could have been 80, had the YAML asked for it" },
      ],
    },
    {
      id: "pending",
      type: "true-false",
      prompt: "On a fresh kind cluster, a LoadBalancer Service whose EXTERNAL-IP stays `<pending>` has a mistake in its YAML.",
      justifications: [
        { id: "no-provider", text: "Nothing in the cluster provisions load balancers until a cloud controller (or an add-on like cloud-provider-kind) runs." },
        { id: "selector", text: "<pending> means the selector matches no Pods." },
        { id: "nodeport", text: "<pending> means the nodePort is out of range." },
        { id: "wait", text: "The API server assigns an external IP after a fixed delay of about five minutes." },
      ],
    },
    {
      id: "types",
      type: "matching",
      prompt: "Which kind of Service fits each need?",
      items: [
        { id: "internal", text: "A database that only the app's Pods talk to" },
        { id: "alias", text: "Pods should call `payments`, which is really api.payments-vendor.com" },
        { id: "public", text: "One public address from the cloud provider for the web front end" },
        { id: "dev", text: "Quick access from your laptop to a dev cluster's node IPs" },
        { id: "peers", text: "Database replicas must find each other's Pod IPs through DNS" },
      ],
      choices: [
        { id: "clusterip", text: "ClusterIP" },
        { id: "externalname", text: "ExternalName" },
        { id: "loadbalancer", text: "LoadBalancer" },
        { id: "nodeport", text: "NodePort" },
        { id: "headless", text: "Headless (clusterIP: None)" },
      ],
    },
    {
      id: "range-size",
      type: "numeric",
      prompt: "How many different nodePorts does the default range 30000–32767 hold? (At most that many NodePort Service ports can exist in the cluster at once.)",
      min: 0,
      max: 100000,
    },
    {
      id: "out-of-range",
      type: "single",
      prompt: "What does `kubectl create service nodeport web --tcp=80:8080 --node-port=8080` do on a cluster with the default settings?",
      options: [
        { id: "invalid", text: "Fails: 8080 is not in the valid nodePort range 30000-32767" },
        { id: "created", text: "Creates the Service with nodePort 8080" },
        { id: "clamped", text: "Creates the Service with the nearest valid nodePort, 30000" },
        { id: "random", text: "Creates the Service with a random nodePort and prints a warning" },
      ],
    },
    {
      id: "multi-port",
      type: "single",
      prompt: "You add a second entry to a Service's `ports` (9090 for metrics). Neither entry has a `name`. What happens on apply?",
      options: [
        { id: "names-required", text: "The API server refuses it: with more than one port, every port needs a name" },
        { id: "first-only", text: "Only the first port is kept" },
        { id: "auto-named", text: "The API server names them port-0 and port-1" },
        { id: "ok", text: "It is accepted; names are only for documentation" },
      ],
    },
  ],
});
