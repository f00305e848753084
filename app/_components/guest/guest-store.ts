// A guest's work, kept in the browser until they have an account: exercise attempts the
// grading endpoint refused with 401 (the action log, waiting to be checked) and quiz answers
// graded but not stored. After sign-up/sign-in, syncGuestProgress (guest-sync.ts) sends each
// one to the same endpoints a signed-in learner uses, so the server replays and grades it —
// nothing is taken from the client but the actions and answers themselves, and each item
// keeps its idempotency key, so sending twice stores it once. Pure apart from the storage.

export interface GuestExercise {
  exerciseId: string;
  actions: unknown[];
  stateHash: string;
  idempotencyKey: string;
  savedAt: number;
}

export interface GuestQuiz {
  quizId: string;
  answers: Record<string, unknown>;
  idempotencyKey: string;
  savedAt: number;
}

export interface GuestProgress {
  exercises: GuestExercise[];
  quizzes: GuestQuiz[];
}

export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const GUEST_KEY = "reconcile:guest-progress";
/** Per kind; the oldest go first (a guest trying the same exercise fifty times keeps the latest). */
export const GUEST_LIMIT = 20;
/** Action logs can be long; a bigger store is refused rather than filling localStorage. */
export const GUEST_MAX_BYTES = 2_000_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isKey = (v: unknown): v is string => typeof v === "string" && v.length > 0 && v.length <= 200;

function isExercise(v: unknown): v is GuestExercise {
  return isObject(v) && isKey(v.exerciseId) && Array.isArray(v.actions) && typeof v.stateHash === "string" && isKey(v.idempotencyKey) && typeof v.savedAt === "number";
}

function isQuiz(v: unknown): v is GuestQuiz {
  return isObject(v) && isKey(v.quizId) && isObject(v.answers) && isKey(v.idempotencyKey) && typeof v.savedAt === "number";
}

export class GuestStore {
  constructor(private readonly storage: KeyValueStore | null) {}

  read(): GuestProgress {
    try {
      const raw = this.storage?.getItem(GUEST_KEY);
      const v: unknown = raw ? JSON.parse(raw) : null;
      if (!isObject(v)) return { exercises: [], quizzes: [] };
      return {
        exercises: Array.isArray(v.exercises) ? v.exercises.filter(isExercise) : [],
        quizzes: Array.isArray(v.quizzes) ? v.quizzes.filter(isQuiz) : [],
      };
    } catch {
      return { exercises: [], quizzes: [] };
    }
  }

  count(): number {
    const { exercises, quizzes } = this.read();
    return exercises.length + quizzes.length;
  }

  /** The body the grading endpoint refused for want of an account. False when it cannot be kept. */
  addExercise(body: unknown, now: number): boolean {
    if (!isObject(body)) return false;
    const item = { exerciseId: body.exerciseId, actions: body.actions, stateHash: body.stateHash, idempotencyKey: body.idempotencyKey, savedAt: now };
    if (!isExercise(item)) return false;
    const all = this.read();
    all.exercises = [...all.exercises.filter((e) => e.idempotencyKey !== item.idempotencyKey), item].slice(-GUEST_LIMIT);
    return this.write(all);
  }

  addQuiz(input: { quizId: string; answers: Record<string, unknown>; idempotencyKey: string }, now: number): boolean {
    const item = { quizId: input.quizId, answers: input.answers, idempotencyKey: input.idempotencyKey, savedAt: now };
    if (!isQuiz(item)) return false;
    const all = this.read();
    all.quizzes = [...all.quizzes.filter((q) => q.idempotencyKey !== item.idempotencyKey), item].slice(-GUEST_LIMIT);
    return this.write(all);
  }

  remove(idempotencyKey: string): void {
    const all = this.read();
    this.write({
      exercises: all.exercises.filter((e) => e.idempotencyKey !== idempotencyKey),
      quizzes: all.quizzes.filter((q) => q.idempotencyKey !== idempotencyKey),
    });
  }

  private write(all: GuestProgress): boolean {
    if (!this.storage) return false;
    try {
      if (all.exercises.length === 0 && all.quizzes.length === 0) {
        this.storage.removeItem(GUEST_KEY);
        return true;
      }
      const text = JSON.stringify(all);
      if (text.length > GUEST_MAX_BYTES) return false;
      this.storage.setItem(GUEST_KEY, text);
      return true;
    } catch {
      return false; // full or disabled storage: the attempt still got its answer on screen
    }
  }
}

/** The browser's store (localStorage), or a store that keeps nothing when storage is unavailable. */
export function browserGuestStore(): GuestStore {
  try {
    return new GuestStore(window.localStorage);
  } catch {
    return new GuestStore(null);
  }
}
