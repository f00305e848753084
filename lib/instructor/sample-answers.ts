// Answers for demo and benchmark data, derived from a quiz key: the right answer, or a
// plausible wrong one (the first other option, a flipped verdict, a reversed order…), so the
// seeded dashboard shows real distributions instead of invented numbers.
import type { Answer, PublicQuestion, PublicQuiz, QuizKey } from "@/lib/quiz/model";
import { runScenario } from "@/lib/quiz/simulate";

export function sampleAnswer(question: PublicQuestion, quizKey: QuizKey, right: boolean): Answer | undefined {
  const k = quizKey.keys[question.id];
  if (!k || k.type !== question.type) return undefined;
  switch (k.type) {
    case "single": {
      const q = question as Extract<PublicQuestion, { type: "single" }>;
      return { type: "single", choice: right ? k.correct : q.options.find((o) => o.id !== k.correct)!.id };
    }
    case "multiple":
      return { type: "multiple", choices: right ? k.correct : k.correct.slice(0, Math.max(1, k.correct.length - 1)) };
    case "true-false":
      return right ? { type: "true-false", verdict: k.answer, justification: k.justification } : { type: "true-false", verdict: !k.answer };
    case "ordering":
      return { type: "ordering", order: right ? k.order : [...k.order].reverse() };
    case "matching": {
      const items = Object.keys(k.pairs);
      const choices = Object.values(k.pairs);
      // Wrong: every item takes the next item's choice (a plausible mix-up).
      return { type: "matching", pairs: Object.fromEntries(items.map((id, i) => [id, right ? k.pairs[id]! : choices[(i + 1) % choices.length]!])) };
    }
    case "numeric":
      return { type: "numeric", value: right ? k.answer : k.answer + k.tolerance + 1 };
    // Wrong command: one that looks around and changes nothing (the commonest slip in practice).
    case "command":
      return { type: "command", command: right ? k.example : "kubectl get pods" };
    case "predict": {
      const actual = runScenario(question as Extract<PublicQuestion, { type: "predict" }>, k).actual;
      return { type: "predict", value: right ? actual : actual + 1 };
    }
  }
}

/** Answers to every question; `wrong(i)` says which questions to get wrong. */
export function sampleAnswers(quiz: PublicQuiz, key: QuizKey, wrong: (questionIndex: number) => boolean): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  quiz.questions.forEach((q, i) => {
    const a = sampleAnswer(q, key, !wrong(i));
    if (a) out[q.id] = a;
  });
  return out;
}
