import "server-only";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "06-deployments-and-statefulsets.03-daemonsets-jobs-and-cronjobs",
  canary: "RECONCILE-ANSWER-KEY-CANARY-6c03f7a1",
  keys: {
    "which-controller": {
      type: "matching",
      pairs: { logs: "daemonset", migration: "job", backup: "cronjob", api: "deployment", kafka: "statefulset" },
      explanations: {
        logs: "One Pod per node, added as nodes join: a DaemonSet.",
        migration: "Work that must finish and then stop: a Job.",
        backup: "A Job on a schedule: a CronJob.",
        api: "Interchangeable replicas: a Deployment.",
        kafka: "Brokers with identities and their own disks: a StatefulSet.",
      },
    },
    "control-plane": {
      type: "single",
      correct: "taint",
      explanations: {
        taint: "Right. kind taints its control-plane node with node-role.kubernetes.io/control-plane:NoSchedule; add a toleration to run there.",
        never: "They do, when their Pods tolerate the node's taints.",
        replicas: "A DaemonSet has no replicas field: the eligible nodes decide the count.",
        resources: "The node has room; describe shows its taint.",
      },
    },
    "job-count": {
      type: "numeric",
      answer: 4,
      tolerance: 0,
      explanation: "completions counts successful Pods: 4, created two at a time. Retries would add Pods, but none failed.",
    },
    "restart-policy": {
      type: "multiple",
      correct: ["never", "onfailure"],
      explanations: {
        never: "Allowed: each failure is a new Pod.",
        onfailure: "Allowed: the kubelet restarts the container in the same Pod.",
        always: "Refused by validation: a Job's Pods must be able to finish.",
      },
    },
    once: {
      type: "true-false",
      answer: false,
      justification: "retries",
      explanations: {
        retries: "Right. A Job promises completions, so it re-runs work that did not finish — make that work idempotent.",
        exactly: "A failed or lost Pod is replaced until the Job succeeds or hits its backoffLimit.",
        backoff: "backoffLimit defaults to 6, not 0.",
        cron: "Any Job retries failed Pods; CronJobs just create Jobs on a schedule.",
      },
    },
    concurrency: {
      type: "single",
      correct: "forbid",
      explanations: {
        forbid: "Right. Forbid skips a run while the previous one is still active.",
        allow: "Allow (the default) lets the runs overlap.",
        replace: "Replace never overlaps either, but it kills the running Job to start the new one, so long runs never finish.",
        parallelism: "parallelism limits Pods within one Job, not how many Jobs the CronJob starts.",
      },
    },
    "database-where": {
      type: "single",
      correct: "managed",
      explanations: {
        managed: "Right. Failover, backups and upgrades become the provider's job; in the cluster they would be yours.",
        deployment: "One replica and one disk: no failover, and a replacement Pod may land where the disk cannot follow.",
        statefulset: "It gives identities and disks, but replication, failover and backups still need to be built and run — by people who know PostgreSQL, or an operator.",
        daemonset: "DaemonSets copy Pods, not data; and the number of nodes has nothing to do with the database.",
      },
    },
  },
});
