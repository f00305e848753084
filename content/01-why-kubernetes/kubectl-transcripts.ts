// The terminal session lesson 1.3 (first contact with kubectl) shows; kubectl-transcripts.test.ts
// replays it in a fresh simulator and checks each block the lesson prints (same format as
// module 3's transcripts.ts).
import type { Session } from "@/lib/content/transcripts";

export const KUBECTL_SESSIONS: Session[] = [
  {
    lesson: "03-first-contact-with-kubectl",
    seed: 13,
    nodes: 3,
    steps: [
      { run: "kubectl get nodes", show: "full" },
      { run: "kubectl get nodes -o wide", show: "full" },
      { run: "kubectl run hello --image=nginx:1.27 --labels=app=hello", show: "full" },
      { run: "kubectl get pods", show: "full" },
      { advance: 10 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl describe pod hello", show: "excerpt" },
      { run: "kubectl logs hello", show: "full" },
      { run: "kubectl exec hello -- hostname", show: "full" },
      { run: "kubectl get pod hello -o yaml", show: "excerpt" },
      { run: "kubectl get po/hello", show: "full" },
      { run: "kubectl get pods -l app=hello", show: "full" },
      { run: "kubectl get pod hellp", show: "full" },
      { run: "kubectl delete pod hello", show: "full" },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl create deployment hello --image=nginx:1.27 --replicas=2", show: "full" },
      { advance: 10 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl delete pod hello-79bd9f579b-5d8n5", show: "full" },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl delete deployment hello", show: "full" },
    ],
  },
];
