import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only. Ordering items are listed out of order on purpose.
export const quiz = defineQuiz({
  id: "06-deployments-and-statefulsets.03-daemonsets-jobs-and-cronjobs",
  lesson: "06-deployments-and-statefulsets/03-daemonsets-jobs-and-cronjobs",
  title: "Check your understanding",
  questions: [
    {
      id: "which-controller",
      type: "matching",
      prompt: "Match each workload to the controller that fits it.",
      items: [
        { id: "logs", text: "A log shipper that must run on every node" },
        { id: "migration", text: "A schema migration that runs once per release and must finish" },
        { id: "backup", text: "A backup every night at 02:00" },
        { id: "api", text: "A stateless REST API with 5 identical replicas" },
        { id: "kafka", text: "A Kafka cluster whose brokers each keep their own log on disk" },
      ],
      choices: [
        { id: "daemonset", text: "DaemonSet" },
        { id: "job", text: "Job" },
        { id: "cronjob", text: "CronJob" },
        { id: "deployment", text: "Deployment" },
        { id: "statefulset", text: "StatefulSet" },
      ],
    },
    {
      id: "control-plane",
      type: "single",
      prompt: "A DaemonSet runs on kind-worker and kind-worker2 but not on kind-control-plane. Why?",
      options: [
        { id: "taint", text: "The control-plane node has a NoSchedule taint the DaemonSet's Pods do not tolerate" },
        { id: "never", text: "DaemonSets never run on control-plane nodes" },
        { id: "replicas", text: "Its replicas field is 2" },
        { id: "resources", text: "The control-plane node has no room left for Pods" },
      ],
    },
    {
      id: "job-count",
      type: "numeric",
      prompt: "A Job has `completions: 4` and `parallelism: 2`; every Pod succeeds on the first try. How many Pods does it create in total?",
      min: 0,
      max: 100,
    },
    {
      id: "restart-policy",
      type: "multiple",
      prompt: "Which `restartPolicy` values does a Job's Pod template accept? Select all that apply.",
      options: [
        { id: "never", text: "Never" },
        { id: "onfailure", text: "OnFailure" },
        { id: "always", text: "Always" },
      ],
    },
    {
      id: "once",
      type: "true-false",
      prompt: "A Job with `completions: 1` runs its command exactly once.",
      justifications: [
        { id: "retries", text: "It guarantees completion, not a single run: after a failure, a lost node or an eviction it runs the command again, so Job work should be idempotent." },
        { id: "exactly", text: "The Job controller records the run and never starts a second Pod." },
        { id: "backoff", text: "It runs exactly once because backoffLimit defaults to 0." },
        { id: "cron", text: "Only CronJobs may run a command more than once." },
      ],
    },
    {
      id: "concurrency",
      type: "single",
      prompt: "A CronJob runs every 5 minutes, and one run sometimes takes 8. You never want two runs at the same time, and a late run may simply be skipped. Which concurrencyPolicy?",
      options: [
        { id: "forbid", text: "Forbid" },
        { id: "allow", text: "Allow" },
        { id: "replace", text: "Replace" },
        { id: "parallelism", text: "None: set parallelism: 1 in the jobTemplate" },
      ],
    },
    {
      id: "database-where",
      type: "single",
      prompt: "A small team runs its production PostgreSQL for one application on a managed Kubernetes service in a cloud that also offers managed PostgreSQL. Nobody on the team has run PostgreSQL replication before. What is usually the best choice?",
      options: [
        { id: "managed", text: "The cloud's managed PostgreSQL, reached from the cluster by its address" },
        { id: "deployment", text: "A Deployment with one replica and a PersistentVolumeClaim" },
        { id: "statefulset", text: "A plain StatefulSet with three replicas" },
        { id: "daemonset", text: "A DaemonSet, so every node has a copy of the data" },
      ],
    },
  ],
});
