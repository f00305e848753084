import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import { MAX_VISIT_INCREMENT_MS, recordLessonVisit, type LessonStatus } from "@/lib/db/progress";
import { readBodyCapped } from "@/lib/http/body";
import { fieldErrors } from "@/lib/quiz/submission";

// POST /api/progress/visit, as a plain function so tests drive it against a test database.
// Lesson pages send { lesson, elapsedMs } with navigator.sendBeacon: 0 on load (a visit),
// then the visible-tab time since the last report when the tab hides or the page goes.
// Errors are data and store nothing: 401 guest, 413 too large, 400 not JSON, 422 bad fields,
// 404 a lesson that does not exist.

export interface VisitDeps {
  db(): Promise<PrismaClient>;
  viewer(): Promise<{ id: string } | null>;
  lessonExists(slug: string): Promise<boolean>;
  now(): Date;
}

export interface VisitBody {
  status: LessonStatus;
  timeSpentMs: number;
}

/** A beacon is about 100 bytes. */
export const MAX_VISIT_BYTES = 1024;

const visitSchema = z.strictObject({
  lesson: z.string().regex(/^\d{2}-[a-z0-9-]+\/\d{2}-[a-z0-9-]+$/, "must be <module>/<lesson>").max(200),
  // Larger values are refused rather than clamped: a page never sends them (it flushes sooner).
  elapsedMs: z.number().int().min(0).max(MAX_VISIT_INCREMENT_MS),
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "cache-control": "no-store" } });
const error = (status: number, message: string, errors?: Record<string, string>) =>
  json(errors ? { error: message, fieldErrors: errors } : { error: message }, status);

export async function handleVisit(request: Request, deps: VisitDeps): Promise<Response> {
  const viewer = await deps.viewer();
  if (!viewer) return error(401, "Sign in to keep your progress.");
  const text = await readBodyCapped(request, MAX_VISIT_BYTES);
  if (text === null) return error(413, `The report is larger than ${MAX_VISIT_BYTES} bytes.`);
  if (text === undefined) return error(400, "The report is not valid UTF-8.");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return error(400, "The report is not valid JSON.");
  }
  const parsed = visitSchema.safeParse(raw);
  if (!parsed.success) return error(422, "The report does not have the expected fields.", fieldErrors(parsed.error));
  if (!(await deps.lessonExists(parsed.data.lesson))) return error(404, `No lesson "${parsed.data.lesson}".`);
  const db = await deps.db();
  const out = await recordLessonVisit(db, viewer.id, parsed.data.lesson, parsed.data.elapsedMs, deps.now());
  const body: VisitBody = { status: out.status, timeSpentMs: out.timeSpentMs };
  return json(body);
}
