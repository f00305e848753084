// The terminal sessions this module's lessons show; transcripts.test.ts replays them in a
// fresh simulator and checks each block the lesson prints (same format as module 2's).
import type { Session } from "@/lib/content/transcripts";

const pod = (name: string, labels: Record<string, string>) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
${Object.entries(labels)
  .map(([k, v]) => `    ${k}: ${v}`)
  .join("\n")}
spec:
  containers:
    - name: app
      image: ghcr.io/reconcile/web:v1
`;

export const LABELLED_PODS = [
  pod("web-1", { app: "web", env: "prod", tier: "frontend" }),
  pod("web-2", { app: "web", env: "staging", tier: "frontend" }),
  pod("api-1", { app: "api", env: "prod", tier: "backend" }),
  pod("db-1", { app: "db", env: "prod" }),
].join("---\n");

export const SESSIONS: Session[] = [
  {
    lesson: "02-labels-and-selectors",
    seed: 9,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: LABELLED_PODS, display: "kubectl apply -f pods.yaml", show: "full" },
      { advance: 10 },
      { run: "kubectl get pods --show-labels", show: "full" },
      { run: "kubectl get pods -l env=prod", show: "full" },
      { run: "kubectl get pods -l 'env=prod,tier!=frontend'", show: "full" },
      { run: "kubectl get pods -l 'tier in (frontend,backend)'", show: "full" },
      { run: "kubectl get pods -l '!tier'", show: "full" },
      { run: "kubectl label pod db-1 tier=data", show: "full" },
      { run: "kubectl label pod db-1 tier=cache", show: "full" },
      { run: "kubectl label pod db-1 tier=cache --overwrite", show: "full" },
      { run: "kubectl label pod db-1 tier-", show: "full" },
      { run: "kubectl annotate pod web-1 example.com/owner=alice", show: "full" },
      { run: "kubectl get pods -l example.com/owner=alice", show: "full" },
    ],
  },
];
