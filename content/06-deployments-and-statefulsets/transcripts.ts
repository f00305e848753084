// The terminal sessions this module's lessons show; transcripts.test.ts replays them in a
// fresh simulator and checks each block the lesson prints (same format as module 2's).
import type { Session } from "@/lib/content/transcripts";

/** Lesson 6.1: a stateless web Deployment. */
export const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

const MYSQL_CONTAINER = `      containers:
        - name: mysql
          image: mysql:8.4
          env:
            - name: MYSQL_ROOT_PASSWORD
              value: change-me
          ports:
            - containerPort: 3306
          volumeMounts:
            - name: data
              mountPath: /var/lib/mysql
`;

/** Lesson 6.1's exercise: the Deployment whose ReplicaSet was orphaned (its template, exactly). */
export const SHOP_WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        tier: frontend
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 80
`;

/** The ReplicaSet SHOP_WEB created, left behind by `kubectl delete deployment web --cascade=orphan`. */
export const ORPHANED_WEB_REPLICASET = `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web-58b9869879
  labels:
    app: web
    pod-template-hash: 58b9869879
    tier: frontend
  annotations:
    deployment.kubernetes.io/desired-replicas: "3"
    deployment.kubernetes.io/max-replicas: "4"
    deployment.kubernetes.io/revision: "1"
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
      pod-template-hash: 58b9869879
  template:
    metadata:
      labels:
        app: web
        pod-template-hash: 58b9869879
        tier: frontend
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 80
`;

/** Lesson 6.1's anti-pattern and 6.2's exercise start: a database run as a Deployment, one shared claim. */
export const DB_AS_DEPLOYMENT = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: db-data
spec:
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  selector:
    app: db
  ports:
    - port: 3306
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
  replicas: 3
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
${MYSQL_CONTAINER}      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: db-data
`;

/** A headless Service and a StatefulSet with one claim per Pod (lesson 6.2; the exercise's shape). */
export const statefulDatabase = (name: string, image = "mysql:8.4") => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  clusterIP: None
  selector:
    app: ${name}
  ports:
    - port: 3306
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
spec:
  serviceName: ${name}
  replicas: 3
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
${MYSQL_CONTAINER.replace("mysql:8.4", image)}  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 1Gi
`;

export const MYSQL = statefulDatabase("mysql", "mysql:8.0");

/** Lesson 6.3: a node agent on every node, first without, then with the control-plane toleration. */
export const nodeAgent = (tolerateControlPlane: boolean) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
spec:
  selector:
    matchLabels:
      app: node-agent
  template:
    metadata:
      labels:
        app: node-agent
    spec:
${tolerateControlPlane ? `      tolerations:
        - key: node-role.kubernetes.io/control-plane
          operator: Exists
          effect: NoSchedule
` : ""}      containers:
        - name: agent
          image: busybox:1.36
          command: ["sh", "-c", "while true; do sleep 3600; done"]
`;

/** A Job of `completions` runs, `parallelism` at a time. */
export const batchJob = (name: string, image: string, completions: number, parallelism: number, backoffLimit = 6) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  completions: ${completions}
  parallelism: ${parallelism}
  backoffLimit: ${backoffLimit}
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: ${name}
          image: ${image}
`;

export const CLEANUP_CRONJOB = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cleanup
spec:
  schedule: "*/5 * * * *"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 2
  failedJobsHistoryLimit: 1
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: cleanup
              image: ghcr.io/reconcile/batch:v1
`;

export const SESSIONS: Session[] = [
  {
    lesson: "01-deployments-and-replicasets",
    seed: 61,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: WEB, display: "kubectl apply -f web.yaml", show: "full" },
      { advance: 15 },
      { run: "kubectl get deployments", show: "full" },
      { run: "kubectl get replicasets -o wide", show: "full" },
      { run: "kubectl get pods --show-labels", show: "full" },
      { run: "kubectl delete pod web-5f84b7585b-qbpql", show: "full" },
      { advance: 5 },
      { run: "kubectl get pods", show: "full" },
      { run: "kubectl delete deployment web --cascade=orphan", show: "full" },
      { advance: 5 },
      { run: "kubectl get deployments,replicasets,pods", show: "full" },
      { run: "kubectl apply -f -", stdin: DB_AS_DEPLOYMENT, display: "kubectl apply -f db.yaml", show: "full" },
      { advance: 30 },
      { run: "kubectl get pods -l app=db -o wide", show: "full" },
      { run: "kubectl get pvc", show: "full" },
    ],
  },
  {
    lesson: "02-statefulsets",
    seed: 62,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: MYSQL, display: "kubectl apply -f mysql.yaml", show: "full" },
      { advance: 3 },
      { run: "kubectl get pods", show: "full" },
      { advance: 30 },
      { run: "kubectl get pods -o wide", show: "full" },
      { run: "kubectl get pvc", show: "full" },
      { run: "kubectl get service mysql", show: "full" },
      { run: "kubectl run dns-test --image=busybox:1.36 --restart=Never -- sleep 3600", show: "full" },
      { advance: 10 },
      { run: "kubectl exec dns-test -- nslookup mysql-0.mysql", show: "full" },
      { run: "kubectl delete pod mysql-0", show: "full" },
      { run: "kubectl get pods -o wide -l app=mysql", show: "full" },
      { advance: 10 },
      { run: "kubectl exec dns-test -- nslookup mysql-0.mysql", show: "full" },
      { run: "kubectl scale statefulset mysql --replicas=1", show: "full" },
      { advance: 2 },
      { run: "kubectl get pods -l app=mysql", show: "full" },
      { advance: 60 },
      { run: "kubectl get pods,pvc -l app=mysql", show: "full" },
      { run: "kubectl scale statefulset mysql --replicas=3" },
      { advance: 60 },
      { run: `kubectl patch statefulset mysql -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":2}}}}'`, show: "full" },
      { run: "kubectl set image statefulset/mysql mysql=mysql:8.4", show: "full" },
      { advance: 30 },
      { run: "kubectl get pods -l app=mysql -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image", show: "full" },
      { run: `kubectl patch statefulset mysql -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":0}}}}'`, show: "full" },
      { run: "kubectl rollout status statefulset/mysql", show: "full" },
      { run: "kubectl describe statefulset mysql", show: "excerpt" },
    ],
  },
  {
    lesson: "03-daemonsets-jobs-and-cronjobs",
    seed: 63,
    nodes: 3,
    steps: [
      { run: "kubectl apply -f -", stdin: nodeAgent(false), display: "kubectl apply -f node-agent.yaml", show: "full" },
      { advance: 10 },
      { run: "kubectl get daemonset node-agent", show: "full" },
      { run: "kubectl get pods -l app=node-agent -o wide", show: "full" },
      { run: "kubectl describe node kind-control-plane", show: "excerpt" },
      { run: "kubectl apply -f -", stdin: nodeAgent(true), display: "kubectl apply -f node-agent.yaml", show: "full" },
      { advance: 90 },
      { run: "kubectl get pods -l app=node-agent -o wide", show: "full" },
      { run: "kubectl apply -f -", stdin: batchJob("resize", "ghcr.io/reconcile/batch:v1", 4, 2), display: "kubectl apply -f resize.yaml", show: "full" },
      { advance: 5 },
      { run: "kubectl get jobs", show: "full" },
      { run: "kubectl get pods -l job-name=resize", show: "full" },
      { advance: 30 },
      { run: "kubectl get jobs", show: "full" },
      { run: "kubectl get pods -l job-name=resize", show: "full" },
      { run: "kubectl apply -f -", stdin: batchJob("import", "ghcr.io/reconcile/batch:fail", 1, 1, 2), display: "kubectl apply -f import.yaml", show: "full" },
      { advance: 120 },
      { run: "kubectl get jobs import", show: "full" },
      { run: "kubectl get pods -l job-name=import", show: "full" },
      { run: `kubectl get job import -o jsonpath='{.status.conditions[?(@.type=="Failed")].message}'`, show: "full" },
      { run: "kubectl apply -f -", stdin: CLEANUP_CRONJOB, display: "kubectl apply -f cleanup.yaml", show: "full" },
      { run: "kubectl get cronjobs", show: "full" },
      { advance: 420 },
      { run: "kubectl get cronjobs", show: "full" },
      { run: "kubectl get jobs", show: "full" },
    ],
  },
];
