"use client";

// CodeMirror 6 YAML editor with starter templates. Apply (button or Ctrl/Cmd-Enter) sends the
// text through the same path as `kubectl apply -f -`; errors that name a field are shown
// at their line.
import { memo, useCallback, useEffect, useRef, useState } from "react";
import type { EditorView } from "@codemirror/view";
import { TEMPLATES } from "./templates";
import type { CommandResult } from "./use-simulator";

interface Props {
  apply(yaml: string): Promise<CommandResult>;
  disabled?: boolean;
}

/** CodeMirror's modules, fetched once: on the editor's first opening, or earlier by preloadEditor. */
let modules: ReturnType<typeof importCodeMirror> | null = null;
const importCodeMirror = () =>
  Promise.all([import("@codemirror/view"), import("@codemirror/state"), import("@codemirror/commands"), import("@codemirror/language"), import("@codemirror/lang-yaml"), import("@codemirror/lint"), import("@lezer/highlight")]);

/** Fetches CodeMirror ahead of the first switch to the editor tab (the panel calls it when idle). */
export function preloadEditor(): Promise<unknown> {
  modules ??= importCodeMirror();
  return modules;
}

async function createEditor(parent: HTMLElement, doc: string, onApply: () => void): Promise<EditorView> {
  modules ??= importCodeMirror();
  const [{ EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection }, { EditorState }, { defaultKeymap, history, historyKeymap, indentWithTab }, { syntaxHighlighting, HighlightStyle, indentOnInput }, { yaml }, { lintGutter }, { tags }] =
    await modules;
  // Colours come from CSS variables (simulator.css) so the editor follows the site's theme.
  const highlight = HighlightStyle.define([
    { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: "var(--sim-yaml-key)" },
    { tag: [tags.string, tags.special(tags.string), tags.content], color: "var(--sim-yaml-string)" },
    { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--sim-yaml-atom)" },
    { tag: [tags.comment, tags.lineComment], color: "var(--sim-yaml-comment)", fontStyle: "italic" },
    { tag: [tags.punctuation, tags.separator, tags.meta], color: "var(--sim-yaml-punct)" },
  ]);
  const theme = EditorView.theme({
    "&": { height: "100%", fontSize: "13px", backgroundColor: "transparent" },
    "&.cm-focused": { outline: "none" },
    ".cm-scroller": { fontFamily: "var(--font-mono)", lineHeight: "1.6" },
    ".cm-content": { caretColor: "var(--sim-caret)" },
    ".cm-gutters": { backgroundColor: "transparent", border: "none", color: "var(--sim-gutter)" },
    ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "var(--sim-active-line)" },
  });
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        indentOnInput(),
        yaml(),
        syntaxHighlighting(highlight),
        lintGutter(),
        theme,
        EditorView.contentAttributes.of({ "aria-label": "YAML manifest" }),
        keymap.of([{ key: "Mod-Enter", run: () => (onApply(), true) }, ...defaultKeymap, ...historyKeymap, indentWithTab]),
      ],
    }),
  });
}

export const YamlEditor = memo(function YamlEditor({ apply, disabled }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [result, setResult] = useState<CommandResult | null>(null);
  const [busy, setBusy] = useState(false);
  /** The editor is on screen (CodeMirror loaded): until then there is nothing to apply. */
  const [loaded, setLoaded] = useState(false);
  const applyRef = useRef<() => void>(() => {});

  const run = useCallback(async () => {
    const v = view.current;
    if (!v) return;
    setBusy(true);
    const out = await apply(v.state.doc.toString());
    setBusy(false);
    setResult(out);
    const { setDiagnostics } = await import("@codemirror/lint");
    const doc = v.state.doc;
    const diagnostics = out.diagnostics
      .filter((d) => d.line >= 1 && d.line <= doc.lines)
      .map((d) => {
        const line = doc.line(d.line);
        return { from: line.from, to: line.to, severity: "error" as const, message: d.message };
      });
    v.dispatch(setDiagnostics(v.state, diagnostics));
  }, [apply]);

  useEffect(() => {
    applyRef.current = () => void run();
  }, [run]);

  useEffect(() => {
    let disposed = false;
    void createEditor(host.current!, TEMPLATES[0]!.yaml, () => applyRef.current()).then((v) => {
      if (disposed) return v.destroy();
      view.current = v;
      setLoaded(true);
    });
    return () => {
      disposed = true;
      view.current?.destroy();
      view.current = null;
    };
  }, []);

  const load = (name: string) => {
    const t = TEMPLATES.find((x) => x.name === name);
    const v = view.current;
    if (!t || !v) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: t.yaml } });
    v.focus();
  };

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex items-center gap-2 border-b border-zinc-200 px-3 py-1.5 dark:border-zinc-800">
        <label className="flex items-center gap-1.5 text-xs text-zinc-500">
          Template
          <select
            onChange={(e) => load(e.target.value)}
            defaultValue={TEMPLATES[0]!.name}
            disabled={!loaded}
            className="rounded-md border border-zinc-200 bg-white px-1.5 py-0.5 text-xs text-zinc-800 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200"
          >
            {TEMPLATES.map((t) => (
              <option key={t.name}>{t.name}</option>
            ))}
          </select>
        </label>
        <span className="ml-auto hidden text-[11px] text-zinc-400 sm:inline">Ctrl/⌘ + Enter</span>
        <button
          type="button"
          onClick={() => void run()}
          disabled={disabled || busy || !loaded}
          className="inline-flex h-7 items-center gap-1 rounded-md bg-brand-600 px-3 text-xs font-semibold text-white shadow-sm transition hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:opacity-50"
        >
          Apply
        </button>
      </div>
      <div ref={host} className="min-h-0 flex-1 overflow-hidden" data-testid="yaml-editor" />
      <div role="status" aria-live="polite" aria-label="Apply result" className="max-h-24 shrink-0 overflow-y-auto border-t border-zinc-200 px-3 py-1.5 font-mono text-xs empty:hidden dark:border-zinc-800">
        {result && (
          <>
            {result.stdout && <pre className="whitespace-pre-wrap text-emerald-700 dark:text-emerald-400">{result.stdout.trimEnd()}</pre>}
            {result.stderr && <pre className="whitespace-pre-wrap text-red-600 dark:text-red-400">{result.stderr.trimEnd()}</pre>}
          </>
        )}
      </div>
    </div>
  );
});
