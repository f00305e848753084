"use client";

// xterm.js bound to a ShellSession. xterm and its fit addon load on mount (they need the
// DOM), the terminal follows its panel's size, and history persists per widget.
import "@xterm/xterm/css/xterm.css";
import { memo, useEffect, useRef } from "react";
import { History, parseStoredHistory } from "./history";
import { ShellSession, type RunResult } from "./shell-session";

interface Props {
  /** localStorage key of this widget's command history. */
  historyKey: string;
  run(line: string): Promise<RunResult>;
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

export const Terminal = memo(function Terminal({ historyKey, run, visible, label = "Terminal" }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const runRef = useRef(run);
  const fitRef = useRef<(() => void) | null>(null);

  useEffect(() => {
    runRef.current = run;
  }, [run]);

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
        return true;
      });
      const session = new ShellSession(
        { write: (d) => term.write(d), cols: () => term.cols },
        (line) => runRef.current(line),
        new History(readHistory(historyKey)),
        (entries) => saveHistory(historyKey, entries),
      );
      const sub = term.onData((d) => session.input(d));
      session.start(BANNER);
      el.dataset.ready = "true";
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
