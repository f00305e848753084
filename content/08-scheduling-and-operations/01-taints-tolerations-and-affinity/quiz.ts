import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "08-scheduling-and-operations.01-taints-tolerations-and-affinity",
  lesson: "08-scheduling-and-operations/01-taints-tolerations-and-affinity",
  title: "Check your understanding",
  questions: [
    {
      id: "effects",
      type: "matching",
      prompt: "A node gets a new taint that a Pod running on it does not tolerate. What happens, by effect?",
      items: [
        { id: "noschedule", text: "NoSchedule" },
        { id: "prefer", text: "PreferNoSchedule" },
        { id: "noexecute", text: "NoExecute" },
      ],
      choices: [
        { id: "stays-blocked", text: "The Pod keeps running; new Pods without a toleration are not scheduled there" },
        { id: "stays-avoided", text: "The Pod keeps running; the scheduler avoids the node for new Pods when it has a choice" },
        { id: "evicted", text: "The Pod is evicted, and new Pods without a toleration are not scheduled there" },
        { id: "restarted", text: "The kubelet restarts the Pod's containers with the taint applied" },
      ],
    },
    {
      id: "toleration-alone",
      type: "single",
      prompt: "Node `gpu-1` is tainted `gpu=true:NoSchedule`. A Pod has a matching toleration and nothing else about nodes. Where can it be scheduled?",
      options: [
        { id: "any", text: "On gpu-1 or on any other node that fits it" },
        { id: "only-gpu", text: "Only on gpu-1" },
        { id: "not-gpu", text: "Anywhere except gpu-1" },
        { id: "nowhere", text: "Nowhere until gpu-1 is labelled gpu=true" },
      ],
    },
    {
      id: "matches",
      type: "multiple",
      prompt: "Which tolerations match the taint `dedicated=db:NoSchedule`?",
      options: [
        { id: "equal", text: "key: dedicated, operator: Equal, value: db, effect: NoSchedule" },
        { id: "exists", text: "key: dedicated, operator: Exists, effect: NoSchedule" },
        { id: "no-effect", text: "key: dedicated, operator: Equal, value: db (no effect)" },
        { id: "wrong-value", text: "key: dedicated, operator: Equal, value: cache, effect: NoSchedule" },
        { id: "wrong-effect", text: "key: dedicated, operator: Exists, effect: NoExecute" },
      ],
    },
    {
      id: "remove",
      type: "single",
      prompt: "Which command removes the taint `dedicated=db:NoSchedule` from `kind-worker2` and no other taint?",
      options: [
        { id: "key-effect", text: "kubectl taint nodes kind-worker2 dedicated:NoSchedule-" },
        { id: "untaint", text: "kubectl untaint nodes kind-worker2 dedicated" },
        { id: "label", text: "kubectl label node kind-worker2 dedicated-" },
        { id: "overwrite", text: "kubectl taint nodes kind-worker2 dedicated=:NoSchedule --overwrite" },
      ],
    },
    {
      id: "ignored-during-execution",
      type: "true-false",
      prompt: "A Pod uses `requiredDuringSchedulingIgnoredDuringExecution` node affinity for `disktype=ssd`. Removing the `disktype` label from its node evicts the Pod.",
      justifications: [
        { id: "scheduling-only", text: "The rule is checked only when the Pod is scheduled; running Pods stay where they are." },
        { id: "kubelet-watches", text: "The kubelet re-checks affinity on every sync and stops Pods that no longer match." },
        { id: "scheduler-moves", text: "The scheduler moves the Pod to another ssd node." },
        { id: "taint-added", text: "Removing a label adds a NoExecute taint to the node." },
      ],
    },
    {
      id: "pending-reason",
      type: "single",
      prompt: "What does this FailedScheduling message tell you?",
      code: "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {dedicated: db}, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }.",
      options: [
        { id: "needs-toleration", text: "The node with the right labels is tainted dedicated=db and the Pod does not tolerate it" },
        { id: "needs-label", text: "No node has the labels the Pod asks for" },
        { id: "full", text: "The nodes are out of CPU" },
        { id: "control-plane", text: "The Pod must tolerate the control-plane taint to be scheduled" },
      ],
    },
  ],
});
