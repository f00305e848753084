import { z } from "zod";
import { MAX_COMMAND_LENGTH, type PublicQuestion, type PublicQuiz } from "./model";

// The submission boundary. The schema is built from the quiz itself, so an answer can only
// name questions and options that exist, in the shape its question's type expects: forged
// ids, unknown questions and extra fields are rejected before anything is graded or stored.

/** Largest request body the submit route reads; a real submission is well under 2 KiB. */
export const MAX_SUBMISSION_BYTES = 16 * 1024;

const idempotencyKey = z
  .string()
  .min(8, "must be at least 8 characters")
  .max(100, "must be at most 100 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "may contain only letters, digits, '-' and '_'");

const unique = (ids: string[]) => new Set(ids).size === ids.length;

function answerSchema(question: PublicQuestion): z.ZodType {
  switch (question.type) {
    case "single": {
      const ids = z.enum(question.options.map((o) => o.id));
      return z.strictObject({ type: z.literal("single"), choice: ids });
    }
    case "multiple": {
      const ids = z.enum(question.options.map((o) => o.id));
      return z.strictObject({
        type: z.literal("multiple"),
        choices: z.array(ids).max(question.options.length).refine(unique, "lists an option twice"),
      });
    }
    case "true-false": {
      const ids = z.enum(question.justifications.map((o) => o.id));
      // The reason is optional: a right verdict without one still earns half (rules.ts).
      return z.strictObject({ type: z.literal("true-false"), verdict: z.boolean(), justification: ids.optional() });
    }
    case "ordering": {
      const ids = z.enum(question.items.map((o) => o.id));
      return z.strictObject({
        type: z.literal("ordering"),
        order: z.array(ids).length(question.items.length).refine(unique, "lists a step twice"),
      });
    }
    case "matching": {
      const items = z.enum(question.items.map((o) => o.id));
      const choices = z.enum(question.choices.map((o) => o.id));
      return z.strictObject({ type: z.literal("matching"), pairs: z.partialRecord(items, choices) });
    }
    case "numeric":
      return z.strictObject({ type: z.literal("numeric"), value: z.number().min(-1e9).max(1e9) });
    case "command":
      return z.strictObject({
        type: z.literal("command"),
        command: z.string().trim().min(1, "is empty").max(MAX_COMMAND_LENGTH, `is longer than ${MAX_COMMAND_LENGTH} characters`).regex(/^[^\r\n]*$/, "must be one line"),
      });
    case "predict":
      return z.strictObject({ type: z.literal("predict"), value: z.number().min(-1e9).max(1e9) });
  }
}

/** Every question is optional (an unanswered question scores zero); unknown ids are errors. */
export function submissionSchema(quiz: PublicQuiz) {
  const answers = z.strictObject(Object.fromEntries(quiz.questions.map((q) => [q.id, answerSchema(q).optional()])));
  return z.strictObject({ idempotencyKey, answers });
}

export type Submission = { idempotencyKey: string; answers: Record<string, unknown> };

/** Zod issues as "answers.q1.choice" → message, for a 422 body the UI can show. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "(body)";
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((k) => (path === "(body)" ? k : `${path}.${k}`)) : [path];
    for (const key of keys) out[key] ??= issue.code === "unrecognized_keys" ? "is not a field of this quiz" : issue.message;
  }
  return out;
}

export function parseSubmission(quiz: PublicQuiz, body: unknown): { ok: true; value: Submission } | { ok: false; errors: Record<string, string> } {
  const parsed = submissionSchema(quiz).safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data as Submission } : { ok: false, errors: fieldErrors(parsed.error) };
}
