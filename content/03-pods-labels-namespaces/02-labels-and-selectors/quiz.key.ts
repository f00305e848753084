import "server-only";
import { customCheck } from "@/lib/exercises/checks";
import { defineQuizKey } from "@/lib/quiz/model";

// Server-only half: right answers and an explanation for every option. Never import this
// from a client component; the build test fails if the canary below reaches .next/static.
export const key = defineQuizKey({
  quizId: "03-pods-labels-namespaces.02-labels-and-selectors",
  canary: "RECONCILE-ANSWER-KEY-CANARY-6f19b2d8",
  keys: {
    "not-equal": {
      type: "multiple",
      correct: ["b", "c"],
      explanations: {
        a: "a has tier=frontend, exactly what != excludes.",
        b: "b's tier is backend, not frontend: matched.",
        c: "c has no tier label at all, and != matches objects without the key too.",
      },
    },
    or: {
      type: "single",
      correct: "in",
      explanations: {
        in: "Right. A set-based `in` is how you say “one of these values”.",
        comma: "A comma is AND: no Pod can have env=prod and env=staging at once, so this matches nothing.",
        pipe: "There is no | operator in label selectors.",
        exists: "A bare key matches any Pod with an env label, including env=dev.",
      },
    },
    operators: {
      type: "matching",
      pairs: { exists: "has-key", "not-exists": "no-key", notin: "not-dev-test", and: "both" },
      explanations: {
        exists: "A bare key is the Exists requirement.",
        "not-exists": "!key is DoesNotExist.",
        notin: "notin, like !=, also matches objects that lack the key.",
        and: "Requirements separated by commas must all hold.",
      },
    },
    relabel: {
      type: "single",
      correct: "released",
      explanations: {
        released: "Right. Membership is decided by the selector, live: the Pod stops matching, is released, and the ReplicaSet is one short.",
        reverted: "Controllers never rewrite a Pod's labels; they only re-evaluate who matches.",
        deleted: "Once it no longer matches, it is not the ReplicaSet's Pod any more, so it is left alone.",
        refused: "Labels are ordinary metadata and can be changed on any Pod.",
      },
    },
    "annotation-select": {
      type: "true-false",
      answer: false,
      justification: "labels-only",
      explanations: {
        "labels-only": "Right. `-l` and every selector in the API read labels only.",
        both: "Annotations are deliberately not indexed or selectable.",
        prefix: "Prefixes are allowed for both labels and annotations and change nothing here.",
        short: "Length limits are one reason annotations can hold more, but selection does not depend on length: annotations are never selected.",
      },
    },
    "label-or-annotation": {
      type: "matching",
      pairs: { env: "label", commit: "annotation", cause: "annotation", team: "label" },
      explanations: {
        env: "A selector reads it, so it must be a label.",
        commit: "Nothing selects on it and the URL can be long: an annotation.",
        cause: "change-cause is an annotation that rollout history displays.",
        team: "You query by it with -l, so it must be a label.",
      },
    },
    overwrite: {
      type: "single",
      correct: "error",
      explanations: {
        error: "Right. kubectl refuses to replace an existing value unless you pass --overwrite.",
        changes: "Only with --overwrite.",
        adds: "A key has one value; labels are a map.",
        removes: "Removing is `kubectl label pod db-1 tier-`.",
      },
    },
    "label-by-selector": {
      type: "command",
      checks: [
        customCheck("labelled", "every web Pod has tier=frontend", (cluster) => {
          const pods = cluster.list("pods", "default", "app=web").filter((p) => !p.metadata.deletionTimestamp);
          const missing = pods.filter((p) => p.metadata.labels?.tier !== "frontend").map((p) => `${p.metadata.name} (tier=${p.metadata.labels?.tier ?? "none"})`);
          if (pods.length !== 3) return { pass: false, message: `There are ${pods.length} Pods labelled app=web; the three Pods of web should keep that label.` };
          return missing.length ? { pass: false, message: `Not labelled tier=frontend: ${missing.join(", ")}.` } : { pass: true, message: "All three web Pods carry tier=frontend." };
        }),
      ],
      example: "kubectl label pods -l app=web tier=frontend",
      explanation:
        "`kubectl label pods -l app=web tier=frontend` applies the label to every Pod the selector matches, the same selector the ReplicaSet uses. Adding a label does not change `app=web`, so the Pods stay in their ReplicaSet. New Pods the ReplicaSet creates later will not have it: for that, change the Pod template in the Deployment.",
    },
  },
});
