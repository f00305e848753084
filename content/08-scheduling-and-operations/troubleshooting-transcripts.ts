// The terminal session lesson 8.5 (troubleshooting Pods) shows; troubleshooting-transcripts.test.ts
// replays it in a fresh simulator and checks each block the lesson prints (same format as
// transcripts.ts, which holds lessons 8.1–8.4).
import type { Session } from "@/lib/content/transcripts";

/** A bare Pod `name` with one container `app`; `extra` is indented under the container. */
export const pod = (name: string, image: string, extra = "", podSpec = "") => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
${podSpec}  containers:
    - name: app
      image: ${image}
${extra}`;

export const BIG = pod("big", "nginx:1.27", "      resources:\n        requests:\n          cpu: \"8\"\n");
export const TYPO = pod("typo", "nginx:1.277");
export const CRASHY = pod("crashy", "ghcr.io/reconcile/crash:v1");
export const HOG = pod("hog", "ghcr.io/reconcile/memhog:v1", "      resources:\n        limits:\n          memory: 128Mi\n");
export const NOCONF = pod("noconf", "nginx:1.27", "      env:\n        - name: MODE\n          valueFrom:\n            configMapKeyRef:\n              name: settings\n              key: mode\n");
export const UNREADY = pod("unready", "nginx:1.27", "      readinessProbe:\n        httpGet:\n          path: /\n          port: 8080\n");
export const PICKY = pod("picky", "nginx:1.27", "", "  nodeSelector:\n    disktype: ssd\n");
export const CLAIMER = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClassName: fast
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
${pod("claimer", "nginx:1.27", "      volumeMounts:\n        - name: data\n          mountPath: /data\n", "  volumes:\n    - name: data\n      persistentVolumeClaim:\n        claimName: data\n")}`;

export const TROUBLESHOOTING_SESSIONS: Session[] = [
  {
    lesson: "05-troubleshooting-pods",
    seed: 85,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: [BIG, TYPO, CRASHY, HOG, NOCONF, UNREADY, PICKY, CLAIMER].join("---\n"), display: "kubectl apply -f broken.yaml", show: "full" },
      { advance: 60 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl describe pod big", show: "excerpt" },
      { run: "kubectl describe pod picky", show: "excerpt" },
      { run: "kubectl describe pod claimer", show: "excerpt" },
      { run: "kubectl get pvc data", show: "full" },
      { run: "kubectl describe pod typo", show: "excerpt" },
      { run: "kubectl describe pod noconf", show: "excerpt" },
      { run: "kubectl describe pod crashy", show: "excerpt" },
      { run: "kubectl logs crashy --previous", show: "full" },
      { run: "kubectl describe pod hog", show: "excerpt" },
      { run: "kubectl describe pod unready", show: "excerpt" },
      { run: "kubectl get events --sort-by=.metadata.creationTimestamp", show: "excerpt" },
    ],
  },
];
