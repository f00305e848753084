"use client";

// xterm.js bound to a ShellSession. xterm and its fit addon load on mount (they need the
// DOM), the terminal follows its panel's size, and history persists per widget.
import "@xterm/xterm/css/xterm.css";
import { memo, useEffect, useRef } from "react";
import { History, parseStoredHistory } from "./history";
import { ShellSession, type Completer, type Runner } from "./shell-session";

interface Props {
  /** localStorage key of this widget's command history. */
  historyKey: string;
  run: Runner;
  complete?: Completer;
  /** Re-fit when the panel becomes visible again (a hidden panel has no size). */
  visible: boolean;
  label?: string;
}

const BANNER = "\x1b[2mSimulated Kubernetes 1.34 cluster. Try \x1b[0mkubectl get nodes\x1b[2m, or \x1b[0mhelp\x1b[2m.\x1b[0m\r\n";

// A dark terminal in both site themes, as in most docs: zinc greys, the site's accents.
const THEME = {
  background: "#09090b",
  foreground: "#e4e4e7",
  cursor: "#a1a1aa",
  cursorAccent: "#09090b",
  selectionBackground: "#3f3f46",
  black: "#18181b",
  red: "#f87171",
  brightRed: "#f87171",
  green: "#4ade80",
  brightGreen: "#86efac",
  yellow: "#fbbf24",
  blue: "#60a5fa",
  magenta: "#c084fc",
  cyan: "#22d3ee",
  white: "#e4e4e7",
  brightBlack: "#71717a",
  scrollbarSliderBackground: "rgba(113, 113, 122, 0.25)",
  scrollbarSliderHoverBackground: "rgba(113, 113, 122, 0.45)",
  scrollbarSliderActiveBackground: "rgba(113, 113, 122, 0.6)",
};

function readHistory(key: string): string[] {
  try {
    return parseStoredHistory(localStorage.getItem(key));
  } catch {
    return []; // storage disabled
  }
}

function saveHistory(key: string, entries: readonly string[]) {
  try {
    localStorage.setItem(key, JSON.stringify(entries));
  } catch {
    // storage full or disabled: history lives for this page only
  }
}

/** Performance mark set when a terminal first accepts input (read by the widget's perf test). */
export const INTERACTIVE_MARK = "reconcile:terminal-interactive";

export const Terminal = memo(function Terminal({ historyKey, run, complete, visible, label = "Terminal" }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const runRef = useRef(run);
  const completeRef = useRef(complete);
  const fitRef = useRef<(() => void) | null>(null);

  useEffect(() => {
    runRef.current = run;
    completeRef.current = complete;
  }, [run, complete]);

  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    (async () => {
      const [{ Terminal: XTerm }, { FitAddon }] = await Promise.all([import("@xterm/xterm"), import("@xterm/addon-fit")]);
      const el = host.current;
      if (disposed || !el) return;
      const mono = getComputedStyle(el).getPropertyValue("--font-jetbrains-mono").trim();
      const fontFamily = `${mono ? `${mono}, ` : ""}ui-monospace, SFMono-Regular, Menlo, monospace`;
      // Measure cells with the real font, not a fallback that is swapped later.
      await document.fonts?.load(`13px ${fontFamily}`).catch(() => undefined);
      if (disposed) return;
      const term = new XTerm({ convertEol: true, cursorBlink: true, fontFamily, fontSize: 13, lineHeight: 1.25, scrollback: 2000, theme: THEME, allowProposedApi: false });
      const fit = new FitAddon();
      term.loadAddon(fit);
      term.open(el);
      const refit = () => {
        if (el.offsetWidth > 0 && el.offsetHeight > 0) fit.fit();
      };
      fitRef.current = refit;
      refit();
      // Ctrl-C copies when text is selected (and interrupts otherwise), as in desktop terminals.
      term.attachCustomKeyEventHandler((e) => {
        if (e.type === "keydown" && (e.ctrlKey || e.metaKey) && e.key === "c" && term.hasSelection()) {
          void navigator.clipboard?.writeText(term.getSelection()).catch(() => undefined);
          return false;
        }
        // Ctrl/Cmd-V (and Ctrl-Shift-V) paste: left to the browser, whose paste event xterm turns
        // into input; otherwise xterm would send ^V to the shell.
        if (e.type === "keydown" && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "v") return false;
        return true;
      });
      const session = new ShellSession(
        { write: (d) => term.write(d), cols: () => term.cols },
        (line, onChunk) => runRef.current(line, onChunk),
        new History(readHistory(historyKey)),
        (entries) => saveHistory(historyKey, entries),
        (line, cursor) => completeRef.current?.(line, cursor) ?? Promise.resolve({ from: cursor, candidates: [] }),
      );
      const sub = term.onData((d) => session.input(d));
      session.start(BANNER);
      el.dataset.ready = "true";
      if (performance.getEntriesByName(INTERACTIVE_MARK).length === 0) performance.mark(INTERACTIVE_MARK);
      const observer = new ResizeObserver(refit);
      observer.observe(el);
      dispose = () => {
        observer.disconnect();
        sub.dispose();
        term.dispose();
        fitRef.current = null;
      };
    })();
    return () => {
      disposed = true;
      dispose();
    };
  }, [historyKey]);

  useEffect(() => {
    if (visible) fitRef.current?.();
  }, [visible]);

  return <div ref={host} role="region" aria-label={label} data-testid="terminal" className="h-full min-h-0 w-full overflow-hidden bg-[#09090b] py-2 pl-3" />;
});
