import type { Answer, Option, PublicQuiz, QuizKey } from "./model";
import { runCommandQuestion, runScenario } from "./simulate";

// Authoring checks: a quiz and its key must fit together exactly. Run by the content test
// for every quiz in content/, so a typo in an option id fails CI instead of a learner.

function checkOptions(where: string, options: Option[], problems: string[]) {
  if (options.length < 2) problems.push(`${where}: needs at least 2 options`);
  const ids = options.map((o) => o.id);
  if (new Set(ids).size !== ids.length) problems.push(`${where}: duplicate option ids`);
  for (const o of options) if (!o.text.trim()) problems.push(`${where}: option ${o.id} has no text`);
}

function checkExplanations(where: string, ids: string[], explanations: Record<string, string>, problems: string[]) {
  for (const id of ids) if (!explanations[id]?.trim()) problems.push(`${where}: no explanation for ${id}`);
  for (const id of Object.keys(explanations)) if (!ids.includes(id)) problems.push(`${where}: explanation for unknown id ${id}`);
}

export function validateQuiz(quiz: PublicQuiz, key: QuizKey): string[] {
  const problems: string[] = [];
  if (key.quizId !== quiz.id) problems.push(`key is for ${key.quizId}, quiz is ${quiz.id}`);
  if (quiz.passMark !== undefined && !(quiz.passMark > 0 && quiz.passMark <= 1)) problems.push("passMark must be in (0, 1]");
  const questionIds = quiz.questions.map((q) => q.id);
  if (new Set(questionIds).size !== questionIds.length) problems.push("duplicate question ids");
  for (const id of Object.keys(key.keys)) if (!questionIds.includes(id)) problems.push(`key for unknown question ${id}`);

  for (const q of quiz.questions) {
    const where = `question ${q.id}`;
    const k = key.keys[q.id];
    if (!q.prompt.trim()) problems.push(`${where}: empty prompt`);
    if (!k) {
      problems.push(`${where}: no key`);
      continue;
    }
    if (k.type !== q.type) {
      problems.push(`${where}: key type ${k.type} differs from ${q.type}`);
      continue;
    }
    if (q.type === "single" && k.type === "single") {
      checkOptions(where, q.options, problems);
      if (!q.options.some((o) => o.id === k.correct)) problems.push(`${where}: correct option ${k.correct} does not exist`);
      checkExplanations(where, q.options.map((o) => o.id), k.explanations, problems);
    } else if (q.type === "multiple" && k.type === "multiple") {
      checkOptions(where, q.options, problems);
      if (k.correct.length === 0) problems.push(`${where}: no correct option`);
      for (const id of k.correct) if (!q.options.some((o) => o.id === id)) problems.push(`${where}: correct option ${id} does not exist`);
      checkExplanations(where, q.options.map((o) => o.id), k.explanations, problems);
    } else if (q.type === "true-false" && k.type === "true-false") {
      checkOptions(where, q.justifications, problems);
      if (!q.justifications.some((o) => o.id === k.justification)) problems.push(`${where}: justification ${k.justification} does not exist`);
      checkExplanations(where, q.justifications.map((o) => o.id), k.explanations, problems);
    } else if (q.type === "ordering" && k.type === "ordering") {
      checkOptions(where, q.items, problems);
      const ids = q.items.map((o) => o.id);
      if (k.order.length !== ids.length || [...k.order].sort().join() !== [...ids].sort().join()) problems.push(`${where}: order is not a permutation of the items`);
      // The public file ships the items; listing them in the right order would give it away.
      if (k.order.join() === ids.join()) problems.push(`${where}: items are listed in the right order; list them shuffled`);
      if (!k.explanation.trim()) problems.push(`${where}: no explanation`);
    } else if (q.type === "matching" && k.type === "matching") {
      checkOptions(where, q.items, problems);
      checkOptions(`${where} choices`, q.choices, problems);
      for (const item of q.items) {
        const choice = k.pairs[item.id];
        if (!choice || !q.choices.some((c) => c.id === choice)) problems.push(`${where}: item ${item.id} has no valid match`);
      }
      checkExplanations(where, q.items.map((o) => o.id), k.explanations, problems);
    } else if (q.type === "numeric" && k.type === "numeric") {
      if (!(k.tolerance >= 0)) problems.push(`${where}: tolerance must be ≥ 0`);
      if ((q.min !== undefined && k.answer < q.min) || (q.max !== undefined && k.answer > q.max)) problems.push(`${where}: answer outside the input's min/max`);
      if (!k.explanation.trim()) problems.push(`${where}: no explanation`);
    } else if (q.type === "command" && k.type === "command") {
      // The example must pass its own check, in the simulator, as a learner's answer would.
      if (!k.explanation.trim()) problems.push(`${where}: no explanation`);
      try {
        const run = runCommandQuestion(q, k, k.example);
        if (!run.pass) problems.push(`${where}: the example \`${k.example}\` fails its check: ${run.message}`);
      } catch (e) {
        problems.push(`${where}: the example could not run: ${e instanceof Error ? e.message : String(e)}`);
      }
    } else if (q.type === "predict" && k.type === "predict") {
      if (q.steps.length === 0) problems.push(`${where}: a scenario needs at least one step`);
      if (!k.explanation.trim()) problems.push(`${where}: no explanation`);
      try {
        const run = runScenario(q, k);
        if (!Number.isInteger(run.actual)) problems.push(`${where}: measure gave ${run.actual}, not a whole number`);
      } catch (e) {
        problems.push(`${where}: the scenario could not run: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  return problems;
}

/** The answers that earn full marks, derived from the key (for tests and content checks). */
export function rightAnswers(quiz: PublicQuiz, key: QuizKey): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const q of quiz.questions) {
    const k = key.keys[q.id];
    if (!k) continue;
    switch (k.type) {
      case "single": out[q.id] = { type: "single", choice: k.correct }; break;
      case "multiple": out[q.id] = { type: "multiple", choices: [...k.correct] }; break;
      case "true-false": out[q.id] = { type: "true-false", verdict: k.answer, justification: k.justification }; break;
      case "ordering": out[q.id] = { type: "ordering", order: [...k.order] }; break;
      case "matching": out[q.id] = { type: "matching", pairs: { ...k.pairs } }; break;
      case "numeric": out[q.id] = { type: "numeric", value: k.answer }; break;
      case "command": out[q.id] = { type: "command", command: k.example }; break;
      case "predict": if (q.type === "predict") out[q.id] = { type: "predict", value: runScenario(q, k).actual }; break;
    }
  }
  return out;
}
