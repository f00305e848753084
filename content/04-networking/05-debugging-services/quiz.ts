import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "04-networking.05-debugging-services",
  lesson: "04-networking/05-debugging-services",
  title: "Check your understanding",
  questions: [
    {
      id: "errors",
      type: "matching",
      prompt: "A Pod calls a Service with `curl -sS -m 3`. Match each error with the layer to look at first.",
      items: [
        { id: "resolve", text: "curl: (6) Could not resolve host: orders" },
        { id: "refused", text: "curl: (7) Failed to connect to orders.shop port 80 after 2 ms: Couldn't connect to server" },
        { id: "timeout", text: "curl: (28) Failed to connect to orders.shop port 80 after 3001 ms: Timeout was reached" },
        { id: "http", text: "An HTTP 404 page" },
      ],
      choices: [
        { id: "dns", text: "The name: spelling, namespace, nslookup" },
        { id: "endpoints", text: "Endpoints, readiness and targetPort" },
        { id: "policy", text: "NetworkPolicies" },
        { id: "app", text: "The application itself" },
      ],
    },
    {
      id: "order",
      type: "ordering",
      prompt: "Put the checklist for \"my Service doesn't answer\" in the order the lesson works through it.",
      items: [
        { id: "ready", text: "Are the selected Pods Ready?" },
        { id: "name", text: "Does the name resolve, in the right namespace?" },
        { id: "policy", text: "Does a NetworkPolicy drop the traffic?" },
        { id: "selector", text: "Does the selector match any Pods (EndpointSlices)?" },
        { id: "port", text: "Does targetPort name the port the container listens on?" },
      ],
    },
    {
      id: "slice-ready",
      type: "true-false",
      prompt: "`kubectl get endpointslices -l kubernetes.io/service-name=orders` lists two Pod IPs under ENDPOINTS, so kube-proxy sends traffic to both.",
      justifications: [
        { id: "condition", text: "The column lists every endpoint the selector matched; each has a ready condition, and only ready ones receive new connections." },
        { id: "listed", text: "Listing a Pod in a slice is what makes kube-proxy route to it." },
        { id: "stale", text: "EndpointSlices are only updated every few minutes, so the list may be stale." },
        { id: "dns", text: "kube-proxy only routes to Pods whose names resolve in DNS." },
      ],
    },
    {
      id: "no-endpoints",
      type: "multiple",
      prompt: "`kubectl get endpointslices` shows `<unset>` under ENDPOINTS for a Service whose Deployment runs 3 Pods. Which could explain it? Select all that apply.",
      options: [
        { id: "typo", text: "The Service's selector has a typo, e.g. app=order for Pods labelled app=orders" },
        { id: "namespace", text: "The Pods run in another namespace than the Service" },
        { id: "extra-key", text: "The selector has a second key (tier=api) that the Pods do not carry" },
        { id: "policy", text: "A default-deny NetworkPolicy selects the Pods" },
        { id: "target-port", text: "targetPort is 80 but the container listens on 8080" },
      ],
    },
    {
      id: "policy-port",
      type: "single",
      prompt: "Service `orders` maps port 80 to targetPort 8080. A NetworkPolicy on the orders Pods should let the frontend in. Which port goes in its ingress rule?",
      options: [
        { id: "8080", text: "8080, the Pod's port: the policy sees packets after kube-proxy rewrote the destination to the Pod" },
        { id: "80", text: "80, the Service's port, which the client dials" },
        { id: "both", text: "Both 80 and 8080, or the connection is dropped" },
        { id: "none", text: "None: ports cannot be set in an ingress rule" },
      ],
    },
    {
      id: "fix-selector",
      type: "command",
      prompt:
        "The Service `api` should route to the three Pods of the Deployment `api` (labelled `app=api`), but its selector says `app=apii`. Fix it with one command, so the Service routes to all three Pods. Your command runs in a fresh simulated cluster.",
      cluster: {
        seed: 7,
        nodes: 3,
        objects: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 3
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: ghcr.io/reconcile/web:v1
          ports:
            - containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: apii
  ports:
    - port: 80
      targetPort: 8080
`,
        settleSeconds: 30,
      },
    },
  ],
});
