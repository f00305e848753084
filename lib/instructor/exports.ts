// The two CSV exports, as pure functions of what the pages already compute: the matrix
// (one row per learner, one column per lesson, the status as words) and every attempt.
import { toCsv, type CsvValue } from "./csv";
import { STATUS_LABELS, type Matrix } from "./matrix";

export function matrixCsv(matrix: Matrix): string {
  const header = ["Learner", "Email", "Completed", "Progress %", ...matrix.lessons.map((l) => `${l.number} ${l.title}`)];
  const rows: CsvValue[][] = matrix.rows.map((r) => [
    r.learner.name,
    r.learner.email,
    r.completed,
    Math.round(r.progress * 100),
    ...r.cells.map((c) => STATUS_LABELS[c.status].label),
  ]);
  rows.push([
    "Cohort average (completed %)",
    "",
    "",
    Math.round(matrix.averageProgress * 100),
    ...matrix.averages.map((a) => Math.round(a.completed * 100)),
  ]);
  return toCsv(header, rows);
}

export interface AttemptCsvRow {
  kind: "exercise" | "quiz";
  id: string;
  learnerName: string;
  learnerEmail: string;
  lesson: string;
  itemId: string;
  score: number;
  maxScore: number;
  passed: boolean | null;
  failedChecks: string[];
  /** The learner's commands, one per line ("apply" for the editor's Apply). */
  commands: string[];
  createdAt: Date;
}

export function attemptsCsv(rows: readonly AttemptCsvRow[]): string {
  const header = ["Attempt", "Kind", "Learner", "Email", "Lesson", "Exercise or quiz", "Score", "Max score", "Passed", "Failed checks", "Commands", "Submitted at"];
  return toCsv(
    header,
    rows.map((r) => [r.id, r.kind, r.learnerName, r.learnerEmail, r.lesson, r.itemId, r.score, r.maxScore, r.passed, r.failedChecks.join(" "), r.commands.join("\n"), r.createdAt]),
  );
}
