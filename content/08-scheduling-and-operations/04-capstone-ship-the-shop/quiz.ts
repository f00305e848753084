import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "08-scheduling-and-operations.04-capstone-ship-the-shop",
  lesson: "08-scheduling-and-operations/04-capstone-ship-the-shop",
  title: "Check your understanding",
  questions: [
    {
      id: "request-path",
      type: "ordering",
      prompt: "Put the hops of a request to http://shop.example.com/ in order, from the laptop to the app.",
      items: [
        { id: "web-pod", text: "A Ready web Pod answers" },
        { id: "nodeport", text: "A node's port 30080 (kube-proxy's NodePort rules)" },
        { id: "controller", text: "The ingress-nginx controller Pod matches the Host header to the Ingress rule" },
        { id: "service", text: "Service web picks one of its ready endpoints" },
      ],
    },
    {
      id: "bad-release",
      type: "single",
      prompt: "web has 4 replicas (maxSurge 1, maxUnavailable 1). You set an image tag that does not exist. What do users see?",
      options: [
        { id: "still-served", text: "Nothing: 3 old Pods keep serving while the new ones stay in ImagePullBackOff" },
        { id: "outage", text: "An outage until you roll back: all old Pods are replaced at once" },
        { id: "half", text: "Half the requests fail: traffic is split between old and new Pods" },
        { id: "auto-rollback", text: "Nothing: Kubernetes rolls the Deployment back automatically" },
      ],
    },
    {
      id: "spof",
      type: "multiple",
      prompt: "After the node failure the shop was down although 2 web replicas were healthy. Which changes would have avoided the outage or made it shorter?",
      options: [
        { id: "controller-replicas", text: "Two or more ingress controller replicas, spread over nodes" },
        { id: "shorter-tolerations", text: "Shorter tolerationSeconds on the ingress controller's Pods" },
        { id: "more-web", text: "More web replicas on kind-worker" },
        { id: "bigger-node", text: "More CPU on kind-worker" },
      ],
    },
    {
      id: "statefulset-stuck",
      type: "true-false",
      prompt: "Like a Deployment, a StatefulSet creates a replacement Pod on another node as soon as its Pod on a failed node is marked for deletion.",
      justifications: [
        { id: "identity", text: "The replacement would have the same name and identity; the StatefulSet waits until the old Pod is really gone." },
        { id: "same", text: "Both controllers only count Pods that are not terminating." },
        { id: "never", text: "A StatefulSet never replaces a Pod; a person has to recreate it." },
        { id: "pvc", text: "It waits for its PersistentVolumeClaim to be deleted first." },
      ],
    },
    {
      id: "force-delete",
      type: "single",
      prompt: "What does `kubectl delete pod db-0 --force --grace-period=0` do when db-0's node is unreachable?",
      options: [
        { id: "object-only", text: "Removes the Pod object from the API at once; nothing on the node is stopped" },
        { id: "kill", text: "Makes the node's container runtime kill the containers immediately" },
        { id: "evict", text: "Evicts the Pod through the Eviction API, respecting PodDisruptionBudgets" },
        { id: "reschedule", text: "Moves the same Pod, with its containers' state, to another node" },
      ],
    },
  ],
});
