// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { BROKEN_SHOP } from "../transcripts";

export const exercise: Exercise = {
  id: "fix-the-empty-service",
  lesson: "04-networking/01-pod-ips-and-services",
  title: "Make the shop Service route to its Pods",
  task: `The Deployment \`shop\` runs three Pods of the course's web app, which listens on port
**8080** (the container port is named \`http\`). A Service \`shop\` was written for it, but
requests to \`http://shop\` never reach the app.

1. Find out why. \`kubectl describe svc shop\`, the Service's EndpointSlice and the Pods'
   labels are your evidence. There may be more than one mistake.
2. Fix the **Service** (not the Deployment) so that it routes port 80 to all three Ready
   \`shop\` Pods, on the port the app listens on.
3. Prove it from inside the cluster: run curl in the Pod \`client\` against the Service, and
   check that a \`shop\` Pod answers.`,
  hints: [
    "`kubectl describe svc shop` shows the Service's Selector, TargetPort and Endpoints. An empty Endpoints line means the selector matches no Ready Pod.",
    "Compare the Service's selector with the Pods' labels: `kubectl get pods --show-labels`.",
    "Edit the Service: `kubectl get svc shop -o yaml` shows it; change it in the editor and Apply (or use `kubectl apply -f -`).",
    "Test with `kubectl exec client -- curl -sS http://shop`. `Couldn't connect to server` means the endpoints point at a port where nothing listens: what is the container's port?",
    "`targetPort: 8080` and `targetPort: http` (the container port's name) both reach the app.",
  ],
  start: { seed: 43, nodes: 3, objects: BROKEN_SHOP },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
