import type { Option, PublicQuestion, PublicQuiz } from "./model";

// Deterministic per-learner shuffling: the order depends only on (learner, question), so a
// learner sees the same order on every visit and retry, two learners usually see different
// orders, and nothing here uses Math.random or the clock.

/** 32-bit string hash (FNV-1a followed by a murmur3-style avalanche). */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a tiny PRNG with a full 2^32 period, good enough to order a few options. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a PRNG seeded from `seed`; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const next = prng(hashSeed(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const sameOrder = (a: readonly Option[], b: readonly string[]) =>
  a.length === b.length && a.every((o, i) => o.id === b[i]);

/**
 * The order in which one learner sees an ordering question's items. It never starts in
 * `avoid` (the right answer, known only on the server), so the question is never pre-solved.
 */
function shuffleOrdering(items: readonly Option[], seed: string, avoid: readonly string[] | undefined): Option[] {
  let order = seededShuffle(items, seed);
  for (let salt = 1; avoid && items.length > 1 && sameOrder(order, avoid) && salt <= 8; salt++) {
    order = seededShuffle(items, `${seed}#${salt}`);
  }
  // Eight unlucky draws in a row: rotate by one, which always differs for n > 1.
  if (avoid && items.length > 1 && sameOrder(order, avoid)) order = [...order.slice(1), order[0]!];
  return order;
}

export function shuffleQuestion(question: PublicQuestion, learnerSeed: string, avoid?: readonly string[]): PublicQuestion {
  const seed = `${learnerSeed}:${question.id}`;
  switch (question.type) {
    case "single":
    case "multiple":
      return { ...question, options: seededShuffle(question.options, seed) };
    case "true-false":
      return { ...question, justifications: seededShuffle(question.justifications, seed) };
    case "ordering":
      return { ...question, items: shuffleOrdering(question.items, seed, avoid) };
    case "matching":
      // Items keep their authored order (they read like a list); the choices move.
      return { ...question, choices: seededShuffle(question.choices, seed) };
    case "numeric":
    case "command":
    case "predict":
      return question;
  }
}

/**
 * The quiz as one learner sees it. Questions keep their authored order (later questions may
 * build on earlier ones); options inside each question are shuffled.
 * `avoidOrders`: questionId → the right order of an ordering question.
 */
export function shuffleQuiz(quiz: PublicQuiz, learnerSeed: string, avoidOrders: Record<string, readonly string[]> = {}): PublicQuiz {
  return {
    ...quiz,
    questions: quiz.questions.map((q) => shuffleQuestion(q, learnerSeed, Object.hasOwn(avoidOrders, q.id) ? avoidOrders[q.id] : undefined)),
  };
}
