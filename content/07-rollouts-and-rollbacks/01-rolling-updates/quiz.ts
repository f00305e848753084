import { defineQuiz } from "@/lib/quiz/model";

// Public half of the quiz: prompts and options only. Answers and explanations live in
// quiz.key.ts, which is server-only.
export const quiz = defineQuiz({
  id: "07-rollouts-and-rollbacks.01-rolling-updates",
  lesson: "07-rollouts-and-rollbacks/01-rolling-updates",
  title: "Check your understanding",
  questions: [
    {
      id: "max-pods",
      type: "numeric",
      prompt: "A Deployment has 10 replicas and the default strategy (`maxSurge: 25%`, `maxUnavailable: 25%`). At most how many of its Pods can exist at once during a rollout?",
      unit: "Pods",
      min: 0,
      max: 1000,
    },
    {
      id: "three-replicas",
      type: "single",
      prompt: "A Deployment with 3 replicas and the default 25% / 25% strategy gets a new image. What is the fewest available Pods it is allowed to have during the rollout?",
      options: [
        { id: "three", text: "3: 25% of 3 rounds down to 0 unavailable, so it adds a Pod before removing one" },
        { id: "two", text: "2: 25% of 3 rounds up to 1 unavailable Pod" },
        { id: "zero", text: "0: percentages only apply to Deployments of 4 replicas or more" },
        { id: "any", text: "Any number: maxUnavailable is only a target" },
      ],
    },
    {
      id: "both-zero",
      type: "true-false",
      prompt: "Setting both `maxSurge: 0` and `maxUnavailable: 0` gives the safest possible rollout.",
      justifications: [
        { id: "rejected", text: "The API server rejects it: a rollout that may neither add nor remove a Pod could never make progress." },
        { id: "safest", text: "It keeps exactly the desired number of Pods, all available, at every moment." },
        { id: "ignored", text: "Zeros are ignored and replaced by the 25% defaults." },
        { id: "recreate", text: "It turns the strategy into Recreate." },
      ],
    },
    {
      id: "starts-rollout",
      type: "multiple",
      prompt: "Which changes to a Deployment start a rollout (a new ReplicaSet)?",
      options: [
        { id: "image", text: "A new image for a container in the Pod template" },
        { id: "env", text: "A new environment variable in the Pod template" },
        { id: "pod-label", text: "A new label under `spec.template.metadata.labels`" },
        { id: "replicas", text: "`spec.replicas` from 4 to 6" },
        { id: "strategy", text: "`maxUnavailable` from 25% to 0" },
        { id: "annotation", text: "An annotation on the Deployment's own metadata" },
      ],
    },
    {
      id: "sequence",
      type: "ordering",
      prompt: "A Deployment with 4 replicas and 25% / 25% gets a new image, and new Pods become Ready quickly. Put the controller's steps in order.",
      items: [
        { id: "up-four", text: "Scale the new ReplicaSet from 2 to 4" },
        { id: "create", text: "Create the new ReplicaSet with 1 replica and scale the old one from 4 to 3" },
        { id: "down-zero", text: "Scale the old ReplicaSet from 1 to 0" },
        { id: "surge", text: "Scale the new ReplicaSet from 1 to 2" },
        { id: "down-two", text: "Scale the old ReplicaSet from 3 to 1" },
      ],
    },
    {
      id: "strategies",
      type: "matching",
      prompt: "Match each strategy of a 4-replica Deployment with what an update does.",
      items: [
        { id: "recreate", text: "`type: Recreate`" },
        { id: "surge-first", text: "`maxSurge: 1`, `maxUnavailable: 0`" },
        { id: "unavailable-first", text: "`maxSurge: 0`, `maxUnavailable: 1`" },
      ],
      choices: [
        { id: "all-down", text: "Every old Pod stops before any new Pod is created" },
        { id: "extra", text: "One extra Pod at a time; available Pods never drop below 4" },
        { id: "one-less", text: "Replaces one Pod at a time; never more than 4 Pods, but only 3 available during each step" },
        { id: "random", text: "Replaces Pods in random batches of 25%" },
      ],
    },
    {
      id: "no-probe",
      type: "single",
      prompt: "A new image needs 30 seconds after it starts before it can answer requests, and the Deployment has no readiness probe. What happens during a rolling update with `maxUnavailable: 0`?",
      options: [
        { id: "early", text: "New Pods count as available as soon as their container starts, so old Pods are removed while the new app cannot serve yet: some requests fail" },
        { id: "waits", text: "The controller waits the 30 seconds, because it checks the app itself" },
        { id: "stuck", text: "The rollout never finishes: Pods without a readiness probe are never Ready" },
        { id: "nothing", text: "Nothing: with maxUnavailable 0 downtime is impossible" },
      ],
    },
  ],
});
