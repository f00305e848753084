"use client";

// <Exercise id="…" /> for lessons: the simulator widget started from the exercise's starting
// cluster (exercise mode records the learner's actions), the task, hints one at a time, and
// "Check my work", which sends the action log to the grading endpoint and shows each check.
// Only the public definition (lib/exercises/catalog) reaches the browser; checks stay on the server.
import { useCallback, useEffect, useRef, useState } from "react";
import { findExercise } from "@/lib/exercises/catalog";
import type { Exercise as ExerciseDef } from "@/lib/exercises/types";
import { browserGuestStore } from "../guest/guest-store";
import { GuestNotice } from "../guest/guest-notice";
import { guestAwareFetch } from "../guest/guest-sync";
import { backoffMs, CheckQueue, flush, submit, type CheckBody } from "./check-queue";
import type { CheckOutcome } from "./check-result";
import { SimulatorPanel } from "./simulator-panel";
import { inline, TaskMarkdown } from "./task-markdown";
import { useExerciseResume } from "./exercise-resume";
import { useNearViewport } from "./use-near-viewport";
import { useSimulator, type Simulator } from "./use-simulator";

const newKey = () =>
  typeof crypto !== "undefined" && typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

function browserQueue(): CheckQueue {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // storage disabled: the queue lives for this page only
  }
  return new CheckQueue(storage);
}

// A guest's attempt (401) is kept on the device and checked after sign-in (app/_components/guest).
const fetchFn = guestAwareFetch((url: string, init: RequestInit) => fetch(url, init), browserGuestStore);

async function checkWork(exercise: ExerciseDef, sim: Simulator, queue: CheckQueue) {
  const { actions, stateHash } = await sim.attempt();
  // A fresh key per press: the automatic re-sends of this attempt reuse it, a new press does not.
  const body: CheckBody = { exerciseId: exercise.id, actions, stateHash, idempotencyKey: newKey() };
  return submit(queue, fetchFn, body, Date.now());
}

function Hints({ hints }: { hints: string[] }) {
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <div className="mt-3">
      {shown > 0 && (
        // Not an <ol>: the page's list styles would number them again next to "Hint 1."
        <div role="list" aria-label="Hints" className="space-y-1.5">
          {hints.slice(0, shown).map((h, i) => (
            <div role="listitem" key={i} className="rounded-md bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-500/10 dark:text-amber-200">
              <span className="font-semibold">Hint {i + 1}. </span>
              {inline(h)}
            </div>
          ))}
        </div>
      )}
      {shown < hints.length && (
        <button type="button" onClick={() => setShown((n) => n + 1)} className="mt-2 text-xs font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-400">
          {shown === 0 ? "Show a hint" : "Show another hint"} ({hints.length - shown} left)
        </button>
      )}
    </div>
  );
}

function Results({ outcome }: { outcome: CheckOutcome }) {
  const { verdict, error } = outcome;
  return (
    <div className="mt-3 space-y-2">
      {error && (
        <p role="alert" className="rounded-md border border-red-500/30 bg-red-50 px-3 py-2 text-red-700 dark:bg-red-500/10 dark:text-red-400">
          {error}
        </p>
      )}
      {verdict && (
        <>
          <p role="status" aria-label="Verdict" className={`font-semibold ${verdict.passed ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}>
            {verdict.passed ? "Passed: every check is green." : `Not yet: ${verdict.score} of ${verdict.maxScore} checks passed.`}
          </p>
          <ul aria-label="Check results" className="space-y-1.5">
            {verdict.results.map((r) => (
              <li key={r.id} data-check={r.id} data-passed={r.passed} className="flex gap-2">
                <span aria-hidden className={r.passed ? "text-emerald-600" : "text-red-600"}>
                  {r.passed ? "✓" : "✗"}
                </span>
                <span>
                  <span className="font-medium text-zinc-950 dark:text-white">{r.title}</span>
                  <span className="sr-only">{r.passed ? " (passed)" : " (failed)"}</span>
                  <span className="block text-zinc-600 dark:text-zinc-400">{r.message}</span>
                </span>
              </li>
            ))}
          </ul>
          {verdict.desync && <p className="text-xs text-zinc-500">Your simulator and the server’s replay ended in different states; the server’s verdict counts.</p>}
        </>
      )}
    </div>
  );
}

/**
 * Attempts the server has not answered yet (this page's or an earlier visit's): sent again
 * with a back-off, when the browser comes back online, and at once when asked.
 */
function useQueuedAttempts(exerciseId: string, onAnswer: (o: CheckOutcome) => void) {
  const queue = useRef<CheckQueue | null>(null);
  const [pending, setPending] = useState(0);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const answer = useRef(onAnswer);
  useEffect(() => {
    answer.current = onAnswer;
  }, [onAnswer]);

  const getQueue = useCallback(() => (queue.current ??= browserQueue()), []);
  const again = useRef<() => void>(() => {});
  const retry = useCallback(async () => {
    clearTimeout(timer.current);
    const q = getQueue();
    const { latest, pending: left } = await flush(q, fetchFn, exerciseId);
    if (latest) answer.current(latest);
    setPending(left);
    if (left > 0) {
      const wait = backoffMs(Math.max(...q.list(exerciseId).map((a) => a.tries)));
      setRetryAt(Date.now() + wait);
      timer.current = setTimeout(() => again.current(), wait);
    } else setRetryAt(null);
  }, [exerciseId, getQueue]);

  useEffect(() => {
    again.current = () => void retry();
  }, [retry]);

  useEffect(() => {
    // An earlier visit's unsent attempts go out as soon as the exercise opens.
    if (getQueue().list(exerciseId).length > 0) void Promise.resolve().then(retry);
    const online = () => void retry();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      clearTimeout(timer.current);
    };
  }, [exerciseId, getQueue, retry]);

  return { getQueue, pending, retryAt, retry, setPending };
}

function LiveExercise({ exercise, onRestart }: { exercise: ExerciseDef; onRestart: () => void }) {
  const sim = useSimulator({ exercise: exercise.start });
  const resume = useExerciseResume(exercise.id, sim);
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const queued = useQueuedAttempts(exercise.id, setOutcome);

  const onCheck = async () => {
    setChecking(true);
    try {
      const sent = await checkWork(exercise, sim, queued.getQueue());
      setOutcome(sent.outcome);
      if (sent.queued) void queued.retry();
      else queued.setPending(queued.getQueue().list(exercise.id).length);
    } finally {
      setChecking(false);
    }
  };

  return (
    <SimulatorPanel sim={sim} title={`Exercise: ${exercise.title}`} storageKey={`exercise:${exercise.id}`}>
      <div className="sim-task border-b border-zinc-200 px-4 py-3 text-sm leading-relaxed text-zinc-700 dark:border-zinc-800 dark:text-zinc-300 [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_code]:text-[0.85em] dark:[&_code]:bg-zinc-800 [&_p+p]:mt-2 [&_ol]:my-2 [&_ul]:my-2">
        {(resume.restoring || resume.restored > 0) && (
          <p role="status" data-testid="exercise-restored" className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-brand-50 px-3 py-2 text-brand-700 dark:bg-brand-500/10 dark:text-brand-400">
            {resume.restoring ? "Restoring your earlier work…" : `Welcome back: your ${resume.restored} earlier ${resume.restored === 1 ? "action was" : "actions were"} run again.`}
            {!resume.restoring && (
              <button type="button" onClick={() => { resume.forget(); onRestart(); }} className="text-xs font-medium underline underline-offset-2">
                Start over
              </button>
            )}
          </p>
        )}
        <TaskMarkdown text={exercise.task} />
        <Hints hints={exercise.hints} />
        <div className="mt-3 flex items-center gap-3">
          <button
            type="button"
            onClick={() => void onCheck()}
            disabled={!sim.ready || checking}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white shadow-sm transition hover:bg-brand-500 disabled:opacity-50"
          >
            {checking ? "Checking…" : "Check my work"}
          </button>
          <span className="text-xs text-zinc-500">Your commands and applies are replayed on the server and checked there.</span>
        </div>
        {queued.pending > 0 && (
          <p role="status" aria-label="Unsent attempts" className="mt-3 flex flex-wrap items-center gap-2 rounded-md border border-amber-500/30 bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:bg-amber-500/10 dark:text-amber-200">
            <span>
              {queued.pending === 1 ? "1 attempt is" : `${queued.pending} attempts are`} saved on this device, waiting for the server
              {queued.retryAt ? ` (next try ${new Date(queued.retryAt).toLocaleTimeString()})` : ""}.
            </span>
            <button type="button" onClick={() => void queued.retry()} className="font-semibold underline underline-offset-2">
              Retry now
            </button>
          </p>
        )}
        {outcome && <Results outcome={outcome} />}
        <GuestNotice exerciseId={exercise.id} />
      </div>
    </SimulatorPanel>
  );
}

export function Exercise({ id }: { id: string }) {
  const exercise = findExercise(id);
  const [ref, near] = useNearViewport<HTMLDivElement>();
  // Bumped by "Start over": a new key mounts a fresh widget (and worker) from the exercise's start.
  const [run, setRun] = useState(0);
  if (!exercise) {
    return (
      <p role="alert" className="not-prose my-8 rounded-md border border-red-500/30 bg-red-50 px-3 py-2 text-sm text-red-700">
        Unknown exercise “{id}”.
      </p>
    );
  }
  return (
    <div ref={ref}>
      {near ? (
        <LiveExercise key={run} exercise={exercise} onRestart={() => setRun((n) => n + 1)} />
      ) : (
        <section aria-label={`Exercise: ${exercise.title}`} className="not-prose my-8 h-[48rem] rounded-2xl border border-zinc-200 bg-zinc-50/60 dark:border-zinc-800 dark:bg-zinc-900/40" />
      )}
    </div>
  );
}
