"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { actionLogSchema, type Action, type ActionLog } from "@/lib/exercises/action-log";
import type { Simulator } from "./use-simulator";

// "Continue where you left off" for an exercise. The widget has no snapshot hook for exercise
// mode (a cluster snapshot would lose the action log the grader replays), so the learner's
// action log is kept in localStorage and re-run on the next visit: every command, apply and
// fault again, in order, through the same simulator calls (so they are recorded again and
// "Check my work" replays them on the server). Simplification: they re-run at the exercise's
// current virtual time, not at their original times, so a scripted event due later in the
// exercise (a node failing at 30 s) now comes after them.

const storageKey = (exerciseId: string) => `reconcile:exercise-log:${exerciseId}`;
const SAVE_EVERY_MS = 5_000;

/** The saved log, or [] when there is none or it is not a valid action log. Pure: tested. */
export function parseSavedLog(text: string | null): ActionLog {
  if (!text) return [];
  try {
    const parsed = actionLogSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.filter((a) => a.kind !== "wait") : [];
  } catch {
    return [];
  }
}

/** What to store: learner actions only (the trailing `wait` is the clock, re-run starts at 0). */
export function savableLog(actions: readonly Action[]): ActionLog {
  return actions.filter((a) => a.kind !== "wait");
}

async function rerun(sim: Simulator, action: Action): Promise<void> {
  switch (action.kind) {
    case "kubectl":
      await sim.kubectl(action.payload.line, action.payload.stdin);
      return;
    case "apply":
      await sim.apply(action.payload.yaml);
      return;
    case "fault":
      await sim.fault(action.payload);
      return;
    case "wait":
      return;
  }
}

export interface ExerciseResume {
  /** How many earlier actions were re-run (0: a fresh start). */
  restored: number;
  restoring: boolean;
  /** Forgets the saved log; the caller remounts the widget for a fresh cluster. */
  forget(): void;
}

export function useExerciseResume(exerciseId: string, sim: Simulator): ExerciseResume {
  // Read once on mount (the widget only mounts in the browser, near the viewport).
  const [saved] = useState(() => (typeof localStorage === "undefined" ? [] : parseSavedLog(localStorage.getItem(storageKey(exerciseId)))));
  const [done, setDone] = useState(saved.length === 0);
  const started = useRef(false);
  const ready = useRef(false);
  const simRef = useRef(sim);
  useEffect(() => {
    simRef.current = sim;
  });

  const save = useCallback(() => {
    if (!ready.current) return;
    simRef.current
      .attempt()
      .then(({ actions }) => {
        const log = savableLog(actions);
        if (log.length > 0) localStorage.setItem(storageKey(exerciseId), JSON.stringify(log));
      })
      .catch(() => undefined);
  }, [exerciseId]);

  // Once the simulator is ready: re-run the saved actions, then start saving.
  useEffect(() => {
    if (!sim.ready || started.current) return;
    started.current = true;
    if (saved.length === 0) {
      ready.current = true;
      return;
    }
    void (async () => {
      for (const action of saved) await rerun(simRef.current, action).catch(() => undefined);
      ready.current = true;
      setDone(true);
    })();
  }, [sim.ready, saved]);

  useEffect(() => {
    const onHide = () => document.visibilityState === "hidden" && save();
    const timer = window.setInterval(save, SAVE_EVERY_MS);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      save();
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, [save]);

  const forget = useCallback(() => {
    ready.current = false;
    localStorage.removeItem(storageKey(exerciseId));
  }, [exerciseId]);

  return { restored: done ? saved.length : 0, restoring: !done, forget };
}
