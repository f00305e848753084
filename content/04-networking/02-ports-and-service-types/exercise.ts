// Public half of this lesson's exercise (shipped with the page). Checks: exercise.checks.ts.
import type { Exercise } from "@/lib/exercises";
import { CATALOG_START } from "../transcripts";

export const exercise: Exercise = {
  id: "open-a-nodeport",
  lesson: "04-networking/02-ports-and-service-types",
  title: "Open the catalog to the outside on nodePort 30100",
  task: `The Deployment \`catalog\` runs two Pods of the course's web app, listening on port
**8080** (container port named \`http\`). Nothing outside the cluster can reach it yet, and
the front-end team has been promised **port 30100 on any node**.

1. Create a Service named \`catalog\` of type **NodePort** that sends traffic to the catalog
   Pods on the port the app listens on. Inside the cluster it must keep answering on
   port **80**; outside, on nodePort **30100**.
2. Something already holds nodePort 30100: a leftover Service from an older version of the
   app, which routes nowhere. Get it out of the way.
3. Prove it from the laptop: \`curl\` one of the nodes' IPs on port 30100 in the terminal
   (without \`kubectl exec\`), and check that a \`catalog\` Pod answers.`,
  hints: [
    "`kubectl get svc` lists every Service with its ports; `80:30100/TCP` means port 80, nodePort 30100.",
    "A nodePort is reserved cluster-wide: as long as `catalog-old` exists, no other Service can have 30100. It selects no Pod, so deleting it breaks nothing.",
    "Write the Service in the editor (type: NodePort, a selector matching the Pods' labels, and one port with port, targetPort and nodePort), or use `kubectl create service nodeport catalog --tcp=80:8080 --node-port=30100`.",
    "`kubectl get nodes -o wide` shows the nodes' INTERNAL-IP. Then `curl http://<node-ip>:30100`.",
    "If curl says `Couldn't connect to server`, the targetPort is not where the app listens: it must be 8080 (or the name http).",
  ],
  start: { seed: 44, nodes: 3, objects: CATALOG_START },
  panels: ["terminal", "editor", "pods", "events", "clock"],
};
