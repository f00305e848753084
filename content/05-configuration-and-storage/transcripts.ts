// The terminal sessions this module's lessons show; transcripts.test.ts replays them in a
// fresh simulator and checks each block the lesson prints (same format as module 3's).
import type { Session } from "@/lib/content/transcripts";

/** Lesson 5.1: a Deployment reading one key of a ConfigMap and one of a Secret as env, and the ConfigMap as files. */
export const SHOP_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 1
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
        - name: shop
          image: ghcr.io/reconcile/web:v1
          env:
            - name: LOG_LEVEL
              valueFrom:
                configMapKeyRef:
                  name: shop-config
                  key: LOG_LEVEL
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: shop-db
                  key: password
          volumeMounts:
            - name: config
              mountPath: /etc/shop
              readOnly: true
      volumes:
        - name: config
          configMap:
            name: shop-config
`;

/** Lesson 5.1's exercise starts here: settings and a password written into the Deployment itself. */
export const BILLING_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing
spec:
  replicas: 2
  selector:
    matchLabels:
      app: billing
  template:
    metadata:
      labels:
        app: billing
    spec:
      containers:
        - name: billing
          image: ghcr.io/reconcile/web:v1
          env:
            - name: CURRENCY
              value: EUR
            - name: DB_PASSWORD
              value: changeme
`;

/** Lesson 5.1: a Pod whose Secret reference has a typo. */
export const TYPO_POD = `apiVersion: v1
kind: Pod
metadata:
  name: report
spec:
  containers:
    - name: report
      image: ghcr.io/reconcile/web:v1
      env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: shop-bd
              key: password
`;

/** Lesson 5.2: a claim; `cls` undefined leaves storageClassName out (the default class applies). */
export const claim = (name: string, size: string, cls?: string, mode = "ReadWriteOnce") => `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ${name}
spec:
${cls === undefined ? "" : `  storageClassName: ${cls}\n`}  accessModes:
    - ${mode}
  resources:
    requests:
      storage: ${size}
`;

/** Lesson 5.2: a Pod mounting a claim. */
export const claimPod = (name: string, claimName: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: db
      image: postgres:16
      volumeMounts:
        - name: data
          mountPath: /var/lib/postgresql/data
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: ${claimName}
`;

/** Lesson 5.2: two containers sharing an emptyDir. */
export const SCRATCH_POD = `apiVersion: v1
kind: Pod
metadata:
  name: scratch
spec:
  containers:
    - name: writer
      image: busybox:1.36
      command: ["sh", "-c", "while true; do date >> /cache/log; sleep 5; done"]
      volumeMounts:
        - name: cache
          mountPath: /cache
    - name: reader
      image: busybox:1.36
      command: ["sh", "-c", "while true; do sleep 3600; done"]
      volumeMounts:
        - name: cache
          mountPath: /cache
          readOnly: true
  volumes:
    - name: cache
      emptyDir:
        sizeLimit: 100Mi
`;

/** Lesson 5.2's exercise: a Deployment whose claim asks for a class the cluster does not have. */
export const LEDGER = `${claim("ledger-data", "2Gi", "fast-ssd")}---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ledger
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector:
    matchLabels:
      app: ledger
  template:
    metadata:
      labels:
        app: ledger
    spec:
      containers:
        - name: ledger
          image: postgres:16
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: ledger-data
`;

export const SESSIONS: Session[] = [
  {
    lesson: "01-configmaps-and-secrets",
    seed: 51,
    nodes: 3,
    steps: [
      { run: "kubectl create configmap shop-config --from-literal=LOG_LEVEL=info --from-literal=GREETING=hello", show: "full" },
      { run: "kubectl get configmap shop-config -o yaml", show: "excerpt" },
      { run: "kubectl create secret generic shop-db --from-literal=password=s3cr3t", show: "full" },
      { run: "kubectl get secret shop-db -o yaml", show: "excerpt" },
      { run: "kubectl apply -f -", stdin: SHOP_DEPLOYMENT, display: "kubectl apply -f shop.yaml", show: "full" },
      { advance: 15 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl exec deploy/shop -- printenv LOG_LEVEL DB_PASSWORD", show: "full" },
      { run: "kubectl exec deploy/shop -- ls /etc/shop", show: "full" },
      { run: "kubectl exec deploy/shop -- cat /etc/shop/LOG_LEVEL", show: "full" },
      { run: "kubectl describe deployment shop", show: "excerpt" },
      { run: `kubectl patch configmap shop-config -p '{"data":{"LOG_LEVEL":"debug"}}'`, show: "full" },
      { run: "kubectl exec deploy/shop -- printenv LOG_LEVEL", show: "full" },
      { run: "kubectl exec deploy/shop -- cat /etc/shop/LOG_LEVEL", show: "full" },
      { advance: 60 },
      { run: "kubectl exec deploy/shop -- cat /etc/shop/LOG_LEVEL", show: "full" },
      { run: "kubectl exec deploy/shop -- printenv LOG_LEVEL", show: "full" },
      { run: "kubectl rollout restart deployment shop", show: "full" },
      { run: "kubectl rollout status deployment shop", show: "full" },
      { run: "kubectl exec deploy/shop -- printenv LOG_LEVEL", show: "full" },
      { run: "kubectl apply -f -", stdin: TYPO_POD, display: "kubectl apply -f report.yaml", show: "full" },
      { advance: 5 },
      { run: "kubectl get pod report", show: "full" },
      { run: "kubectl describe pod report", show: "excerpt" },
    ],
  },
  {
    lesson: "02-volumes-and-persistent-storage",
    seed: 53,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: SCRATCH_POD, display: "kubectl apply -f scratch.yaml", show: "full" },
      { advance: 10 },
      { run: "kubectl describe pod scratch", show: "excerpt" },
      { run: "kubectl get storageclass", show: "full" },
      { run: "kubectl apply -f -", stdin: claim("data", "1Gi"), display: "kubectl apply -f data-claim.yaml", show: "full" },
      { advance: 5 },
      { run: "kubectl get pvc", show: "full" },
      { run: "kubectl describe pvc data", show: "excerpt" },
      { run: "kubectl apply -f -", stdin: claimPod("db", "data"), display: "kubectl apply -f db.yaml", show: "full" },
      { advance: 20 },
      { run: "kubectl get pvc", show: "full" },
      { run: "kubectl get pv", show: "full" },
      { run: "kubectl get pod db -o wide", show: "full" },
      { run: "kubectl describe pvc data", show: "excerpt" },
      { run: "kubectl delete pod db", show: "full" },
      { run: "kubectl get pvc data", show: "full" },
      { run: "kubectl delete pvc data", show: "full" },
      { advance: 2 },
      { run: "kubectl get pv", show: "full" },
      { run: "kubectl apply -f -", stdin: claim("logs", "1Gi", "fast"), display: "kubectl apply -f logs-claim.yaml", show: "full" },
      { run: "kubectl apply -f -", stdin: claimPod("collector", "logs"), display: "kubectl apply -f collector.yaml", show: "full" },
      { advance: 10 },
      { run: "kubectl get pod collector", show: "full" },
      { run: "kubectl describe pod collector", show: "excerpt" },
      { run: "kubectl describe pvc logs", show: "excerpt" },
      { run: "kubectl apply -f -", stdin: claim("logs", "1Gi", "standard"), display: "kubectl apply -f logs-claim.yaml", show: "excerpt" },
    ],
  },
];
