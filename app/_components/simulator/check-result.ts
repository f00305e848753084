// What the page makes of the grading endpoint's answer (app/api/exercises/[id]/check): a
// verdict with per-check results when there is one, and a learner-facing error for a 4xx/5xx.
// Pure, so every status is tested without a server.

export interface CheckItem {
  id: string;
  title: string;
  passed: boolean;
  message: string;
}

export interface Verdict {
  passed: boolean;
  score: number;
  maxScore: number;
  results: CheckItem[];
  desync: boolean;
}

export interface CheckOutcome {
  verdict: Verdict | null;
  error: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function verdictOf(body: unknown): Verdict | null {
  if (!isObject(body) || typeof body.passed !== "boolean" || !Array.isArray(body.results)) return null;
  const results = body.results.filter(
    (r): r is CheckItem => isObject(r) && typeof r.id === "string" && typeof r.passed === "boolean" && typeof r.message === "string",
  ).map((r) => ({ id: r.id, title: typeof r.title === "string" ? r.title : r.id, passed: r.passed, message: r.message }));
  const passedCount = results.filter((r) => r.passed).length;
  return {
    passed: body.passed,
    score: typeof body.score === "number" ? body.score : passedCount,
    maxScore: typeof body.maxScore === "number" ? body.maxScore : results.length,
    results,
    desync: body.desync === true,
  };
}

/** The answer of one POST, from its status and parsed JSON body (undefined when not JSON). */
export function interpretCheckResponse(status: number, body: unknown): CheckOutcome {
  const verdict = verdictOf(body);
  if (status >= 200 && status < 300) return verdict ? { verdict, error: null } : { verdict: null, error: "The server's answer could not be read. Try again." };
  const err = isObject(body) && isObject(body.error) ? body.error : {};
  const message = typeof err.message === "string" ? err.message : "";
  const details = Array.isArray(err.details) ? err.details.filter((d): d is string => typeof d === "string") : [];
  let text: string;
  if (status === 401) text = "Sign in to save your progress.";
  else if (status === 422 && err.code === "budget-exceeded") text = `Your attempt took too long to check. ${message}`.trim();
  else if (status >= 500) text = "The server could not check your work. Try again in a moment.";
  else text = message || `The check failed (HTTP ${status}).`;
  if (details.length) text += ` (${details.slice(0, 3).join("; ")})`;
  return { verdict, error: text };
}
