import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_DIR, listCourse } from "@/lib/content/course";
import { QUIZZES, findQuiz, findQuizForLesson, quizIdForLesson } from "./catalog";
import { gradeQuiz } from "./grade";
import { QUIZ_KEYS, findQuizKey } from "./server/keys";
import { parseSubmission } from "./submission";
import { fixtureKey, fixtureQuiz } from "./testing/fixture";
import { rightAnswers, validateQuiz } from "./validate";

// Every quiz in content/ is registered, fits its key exactly, and can be passed.
const files = fs.readdirSync(CONTENT_DIR, { recursive: true, encoding: "utf8" });
const lessonsWith = (name: string) =>
  files.filter((f) => path.basename(f) === name).map((f) => path.dirname(f).split(path.sep).join("/")).sort();

describe("quiz catalog", () => {
  it("registers every content/<module>/<lesson>/quiz.ts and its quiz.key.ts", () => {
    expect(lessonsWith("quiz.ts").length).toBeGreaterThan(0);
    expect(QUIZZES.map((q) => q.lesson).sort()).toEqual(lessonsWith("quiz.ts"));
    expect(lessonsWith("quiz.key.ts")).toEqual(lessonsWith("quiz.ts"));
    expect(QUIZ_KEYS.map((k) => k.quizId).sort()).toEqual(QUIZZES.map((q) => q.id).sort());
  });

  it("each quiz belongs to an existing lesson and uses the lesson's quiz id", async () => {
    const lessons = (await listCourse()).flatMap((m) => m.lessons.map((l) => l.slug));
    for (const quiz of QUIZZES) {
      expect(lessons).toContain(quiz.lesson);
      expect(quiz.id).toBe(quizIdForLesson(quiz.lesson));
      expect(findQuiz(quiz.id)).toBe(quiz);
      expect(findQuizForLesson(quiz.lesson)).toBe(quiz);
    }
    expect(findQuiz("nope")).toBeUndefined();
  });

  it.each(QUIZZES.map((q) => [q.id, q] as const))("%s fits its key and the key's answers pass it", (_id, quiz) => {
    const key = findQuizKey(quiz.id)!;
    expect(validateQuiz(quiz, key)).toEqual([]);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(4);
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
    const answers = rightAnswers(quiz, key);
    expect(parseSubmission(quiz, { idempotencyKey: "content-check", answers }).ok).toBe(true);
    expect(gradeQuiz(quiz, key, answers)).toMatchObject({ percent: 100, passed: true });
    expect(key.canary).toMatch(/^RECONCILE-ANSWER-KEY-CANARY-/);
  });

  it("public files never import a key, and key files are server-only", () => {
    for (const lesson of lessonsWith("quiz.ts")) {
      const pub = fs.readFileSync(path.join(CONTENT_DIR, lesson, "quiz.ts"), "utf8");
      expect(pub).not.toMatch(/from\s+["'][^"']*(quiz\.key|server\/keys)/);
      const key = fs.readFileSync(path.join(CONTENT_DIR, lesson, "quiz.key.ts"), "utf8");
      expect(key.startsWith('import "server-only";')).toBe(true);
    }
  });
});

describe("validateQuiz", () => {
  it("accepts the fixture and reports each kind of authoring mistake", () => {
    expect(validateQuiz(fixtureQuiz, fixtureKey)).toEqual([]);
    const broken = { ...fixtureKey, keys: { ...fixtureKey.keys } };
    broken.keys.single = { type: "single", correct: "etc", explanations: { etcd: "x", kubelet: "y" } };
    broken.keys.order = { type: "ordering", order: ["c", "a", "b"], explanation: "listed in the right order" };
    broken.keys.match = { type: "matching", pairs: { x: "one" }, explanations: { x: "a", y: "b" } };
    delete broken.keys.num;
    expect(validateQuiz(fixtureQuiz, broken)).toEqual([
      "question single: correct option etc does not exist",
      "question single: no explanation for proxy",
      "question order: items are listed in the right order; list them shuffled",
      "question match: item y has no valid match",
      "question num: no key",
    ]);
  });
});
