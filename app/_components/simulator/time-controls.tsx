"use client";

import { formatVirtualTime } from "./format";
import { SPEEDS, type ClockState, type Speed } from "./protocol";

interface Props {
  clock: ClockState;
  disabled?: boolean;
  onPlay(): void;
  onPause(): void;
  onStep(): void;
  onSpeed(speed: Speed): void;
}

const button =
  "inline-flex h-7 items-center justify-center gap-1 rounded-md px-2 text-xs font-medium text-zinc-600 transition hover:bg-zinc-100 hover:text-zinc-950 focus-visible:outline-2 focus-visible:outline-brand-500 disabled:opacity-40 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white";

/** Virtual clock and its controls: play/pause, step to the next event, speed. */
export function TimeControls({ clock, disabled, onPlay, onPause, onStep, onSpeed }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label="Time controls">
      <output aria-label="Virtual time" className="mr-1 min-w-[5.5rem] rounded-md bg-zinc-100 px-2 py-1 text-center font-mono text-xs tabular-nums text-zinc-700 dark:bg-zinc-800 dark:text-zinc-200">
        {formatVirtualTime(clock.now)}
      </output>
      <button type="button" className={button} disabled={disabled} onClick={clock.playing ? onPause : onPlay} aria-label={clock.playing ? "Pause time" : "Play time"} title={clock.playing ? "Pause" : "Play"}>
        {clock.playing ? (
          <svg viewBox="0 0 16 16" className="size-3.5" fill="currentColor" aria-hidden>
            <rect x="3.5" y="2.5" width="3" height="11" rx="1" />
            <rect x="9.5" y="2.5" width="3" height="11" rx="1" />
          </svg>
        ) : (
          <svg viewBox="0 0 16 16" className="size-3.5" fill="currentColor" aria-hidden>
            <path d="M4.5 2.8v10.4a.8.8 0 0 0 1.2.7l8.3-5.2a.8.8 0 0 0 0-1.4L5.7 2.1a.8.8 0 0 0-1.2.7Z" />
          </svg>
        )}
      </button>
      <button type="button" className={button} disabled={disabled} onClick={onStep} aria-label="Step to the next event" title="Step to the next event">
        <svg viewBox="0 0 16 16" className="size-3.5" fill="currentColor" aria-hidden>
          <path d="M2.5 2.8v10.4a.8.8 0 0 0 1.2.7l7-4.4a.8.8 0 0 0 0-1.4l-7-4.4a.8.8 0 0 0-1.2.7Z" />
          <rect x="11.5" y="2.5" width="2.2" height="11" rx="1" />
        </svg>
      </button>
      <div role="radiogroup" aria-label="Speed" className="flex rounded-md bg-zinc-100 p-0.5 dark:bg-zinc-800">
        {SPEEDS.map((s) => (
          <button
            key={s}
            type="button"
            role="radio"
            aria-checked={clock.speed === s}
            disabled={disabled}
            onClick={() => onSpeed(s)}
            className={`h-6 rounded px-1.5 font-mono text-[11px] transition focus-visible:outline-2 focus-visible:outline-brand-500 ${
              clock.speed === s ? "bg-white text-zinc-950 shadow-sm dark:bg-zinc-600 dark:text-white" : "text-zinc-500 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white"
            }`}
          >
            {s}×
          </button>
        ))}
      </div>
    </div>
  );
}
