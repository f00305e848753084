import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradeQuiz } from "@/lib/quiz/grade";
import { fixtureKey, fixtureQuiz, fixtureRightAnswers } from "@/lib/quiz/testing/fixture";
import { recordQuizAttempt } from "./quizzes";
import { findReviewItem, listReviewSet, recordQuizMisses, recordReviewAnswer } from "./review";
import { openTestDatabase, testEngines, type TestDatabase } from "./testing/databases";
import { createUser } from "./users";

const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-03-01T10:00:00.000Z");
const at = (days: number) => new Date(t0.getTime() + days * DAY);

describe.each(testEngines)("review set data on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  }, 120_000);
  afterAll(async () => {
    await db?.dispose();
  });

  let n = 0;
  const learner = () => createUser(db.prisma, { email: `rv${++n}@example.com`, name: `Learner ${n}`, role: "learner", password: "pw-123456" });
  const quizId = fixtureQuiz.id;

  it("a quiz attempt puts exactly its questions answered wrong or partly in box 1, due a day after the attempt", async () => {
    const user = await learner();
    // single and num wrong, multi half right, match left unanswered (stays out), the rest right.
    const { match: _unanswered, ...rest } = fixtureRightAnswers;
    const answers = { ...rest, single: { type: "single", choice: "kubelet" }, num: { type: "numeric", value: 3 }, multi: { type: "multiple", choices: ["kubelet"] } };
    const grade = gradeQuiz(fixtureQuiz, fixtureKey, answers);
    const { attempt } = await recordQuizAttempt(db.prisma, { userId: user.id, quizId, answers, results: grade.results, score: grade.score, maxScore: grade.maxScore, idempotencyKey: "rv-key-01" });
    const { items, mastered } = await listReviewSet(db.prisma, user.id);
    expect(mastered).toBe(0);
    expect(items.map((i) => i.questionId).sort()).toEqual(["multi", "num", "single"]);
    for (const item of items) {
      expect(item.box).toBe(1);
      expect(item.dueAt.getTime()).toBe(attempt.createdAt.getTime() + DAY);
    }
    // A replayed idempotency key stores nothing new, so the set does not change either.
    await recordQuizAttempt(db.prisma, { userId: user.id, quizId, answers: {}, results: gradeQuiz(fixtureQuiz, fixtureKey, {}).results, score: 0, maxScore: 600, idempotencyKey: "rv-key-01" });
    expect((await listReviewSet(db.prisma, user.id)).items).toHaveLength(3);
  });

  it("right review answers climb to mastered; a wrong one goes back to box 1; right quiz answers change nothing", async () => {
    const user = await learner();
    await recordQuizMisses(db.prisma, user.id, quizId, [{ id: "single", answered: true, correct: false }, { id: "multi", answered: true, correct: true }], t0);
    let item = (await findReviewItem(db.prisma, user.id, quizId, "single"))!;
    expect(item).toMatchObject({ box: 1, dueAt: at(1), masteredAt: null });
    expect(await findReviewItem(db.prisma, user.id, quizId, "multi")).toBeNull();

    const boxes: number[] = [];
    let now = at(1);
    for (let i = 0; i < 4; i++) {
      const out = await recordReviewAnswer(db.prisma, { userId: user.id, quizId, questionId: "single", seen: item.lastAnsweredAt, correct: true, now });
      if (!out.ok) throw new Error(out.reason);
      item = out.item;
      boxes.push(item.box);
      now = item.dueAt;
    }
    expect(boxes).toEqual([2, 3, 4, 4]);
    expect(item.masteredAt).not.toBeNull();
    expect(await listReviewSet(db.prisma, user.id)).toEqual({ items: [], mastered: 1 });

    // Missing it again in a quiz brings it back, un-mastered.
    await recordQuizMisses(db.prisma, user.id, quizId, [{ id: "single", answered: true, correct: false }], at(40));
    expect(await findReviewItem(db.prisma, user.id, quizId, "single")).toMatchObject({ box: 1, dueAt: at(41), masteredAt: null });
    const back = (await findReviewItem(db.prisma, user.id, quizId, "single"))!;
    const up = await recordReviewAnswer(db.prisma, { userId: user.id, quizId, questionId: "single", seen: back.lastAnsweredAt, correct: true, now: at(41) });
    expect(up.ok && up.item.box).toBe(2);
    const wrong = await recordReviewAnswer(db.prisma, { userId: user.id, quizId, questionId: "single", seen: at(41), correct: false, now: at(44) });
    expect(wrong.ok && wrong.item).toMatchObject({ box: 1, dueAt: at(45) });
  });

  it("refuses a stale version and questions not in the set, changing nothing", async () => {
    const user = await learner();
    await recordQuizMisses(db.prisma, user.id, quizId, [{ id: "tf", answered: true, correct: false }], t0);
    const first = await recordReviewAnswer(db.prisma, { userId: user.id, quizId, questionId: "tf", seen: t0, correct: true, now: at(1) });
    expect(first.ok).toBe(true);
    // The same answer sent again (double click, retry): the item has moved on.
    expect(await recordReviewAnswer(db.prisma, { userId: user.id, quizId, questionId: "tf", seen: t0, correct: true, now: at(1) })).toEqual({ ok: false, reason: "stale" });
    expect(await findReviewItem(db.prisma, user.id, quizId, "tf")).toMatchObject({ box: 2 });
    expect(await recordReviewAnswer(db.prisma, { userId: user.id, quizId, questionId: "order", seen: t0, correct: true, now: at(1) })).toEqual({ ok: false, reason: "not-in-set" });
    // Another learner cannot move this learner's item.
    const other = await learner();
    expect(await recordReviewAnswer(db.prisma, { userId: other.id, quizId, questionId: "tf", seen: at(1), correct: true, now: at(2) })).toEqual({ ok: false, reason: "not-in-set" });
    expect(await db.prisma.reviewItem.count({ where: { userId: other.id } })).toBe(0);
  });

  it("lists soonest due first and keeps learners apart", async () => {
    const a = await learner();
    const b = await learner();
    await recordQuizMisses(db.prisma, a.id, quizId, [{ id: "match", answered: true, correct: false }], at(2));
    await recordQuizMisses(db.prisma, a.id, quizId, [{ id: "order", answered: true, correct: false }], t0);
    await recordQuizMisses(db.prisma, b.id, quizId, [{ id: "num", answered: true, correct: false }], t0);
    expect((await listReviewSet(db.prisma, a.id)).items.map((i) => i.questionId)).toEqual(["order", "match"]);
    expect((await listReviewSet(db.prisma, b.id)).items.map((i) => i.questionId)).toEqual(["num"]);
  });
});
