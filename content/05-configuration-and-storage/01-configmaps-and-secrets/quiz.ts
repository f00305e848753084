import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "05-configuration-and-storage.01-configmaps-and-secrets",
  lesson: "05-configuration-and-storage/01-configmaps-and-secrets",
  title: "Check your understanding",
  questions: [
    {
      id: "after-edit",
      type: "matching",
      prompt: "A running container reads the ConfigMap `app` in three ways. You change a key of `app`. What happens to each, without any restart?",
      items: [
        { id: "env", text: "An environment variable set with valueFrom.configMapKeyRef" },
        { id: "volume", text: "A file in a directory where a configMap volume is mounted" },
        { id: "subpath", text: "A file mounted alone with subPath" },
      ],
      choices: [
        { id: "never", text: "Keeps the old value until the container is replaced" },
        { id: "eventually", text: "Changes after a delay (the kubelet's periodic sync, about a minute)" },
        { id: "instantly", text: "Changes at once, in the same instant as the API write" },
      ],
    },
    {
      id: "base64",
      type: "true-false",
      prompt: "Because Secret values are stored base64-encoded, someone who can read the Secret object still cannot see the password.",
      justifications: [
        { id: "encoding", text: "Base64 is an encoding anyone can reverse without a key; protection comes from RBAC and encryption at rest." },
        { id: "encrypted", text: "The API server encrypts every Secret with the cluster's CA key." },
        { id: "hash", text: "Base64 is a one-way hash, so the password cannot be recovered." },
        { id: "kubelet-only", text: "Only the kubelet can decode Secrets." },
      ],
    },
    {
      id: "protect",
      type: "multiple",
      prompt: "Which measures actually make Secrets harder to steal? Pick all that apply.",
      options: [
        { id: "encryption-at-rest", text: "Enabling encryption at rest for Secrets in the API server" },
        { id: "rbac", text: "RBAC rules that give get/list/watch on secrets to as few subjects as possible" },
        { id: "pod-create", text: "Limiting who may create Pods (and Deployments) in the namespace" },
        { id: "double-base64", text: "Base64-encoding the value twice before putting it in data" },
        { id: "stringdata", text: "Writing the value under stringData instead of data" },
      ],
    },
    {
      id: "pick-up-change",
      type: "single",
      prompt: "You changed `LOG_LEVEL` in a ConfigMap that a Deployment reads with `envFrom`. What is the simplest way to make its Pods use the new value?",
      options: [
        { id: "restart", text: "`kubectl rollout restart deployment/<name>`" },
        { id: "wait", text: "Wait a minute or two for the kubelet to refresh the variables" },
        { id: "reapply-cm", text: "Apply the ConfigMap again with `kubectl apply`" },
        { id: "exec-export", text: "`kubectl exec` into each Pod and `export LOG_LEVEL=…`" },
      ],
    },
    {
      id: "config-error",
      type: "single",
      prompt: "A new Pod shows `CreateContainerConfigError`. Its container sets `DB_PASSWORD` from `secretKeyRef: { name: db, key: pass }`. What is the most likely cause?",
      options: [
        { id: "missing", text: "The Secret `db` does not exist in the Pod's namespace, or has no key `pass`" },
        { id: "image", text: "The image cannot be pulled" },
        { id: "oom", text: "The container ran out of memory at start-up" },
        { id: "node", text: "No node has enough CPU for the Pod" },
      ],
    },
    {
      id: "rollout-steps",
      type: "ordering",
      prompt: "Put in order what happens after `kubectl rollout restart deployment/shop` until the new Pods run with the current ConfigMap values.",
      items: [
        { id: "kubelet-env", text: "The kubelet resolves the variables from the ConfigMap and starts the new container" },
        { id: "annotation", text: "kubectl patches the Pod template with a restartedAt annotation" },
        { id: "old-gone", text: "Old Pods are scaled down as new ones become available" },
        { id: "new-rs", text: "The Deployment controller creates a new ReplicaSet for the changed template" },
      ],
    },
  ],
});
