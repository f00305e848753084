// One terminal's shell: turns xterm input into line edits, history walks and commands, and
// command results into terminal output. Knows nothing of xterm itself (see terminal.tsx),
// so tests drive it with plain strings.
import { History } from "./history";
import { decode, edit, EMPTY, insert, redraw, type LineState } from "./line-editor";
import { HELP_TEXT, parseShellLine } from "./shell";

export interface TerminalIO {
  write(data: string): void;
  cols(): number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** The command keeps printing (`get -w`) through the chunk callback until done or Ctrl-C. */
  streaming?: boolean;
}

export interface Chunk {
  stdout: string;
  stderr: string;
  done: boolean;
}

/** A running command: its first answer, and how to interrupt a stream (Ctrl-C). */
export interface RunHandle {
  result: Promise<RunResult>;
  interrupt(): void;
}

export type Runner = (kubectlLine: string, onChunk: (c: Chunk) => void) => Promise<RunResult> | RunHandle;
export type Completer = (kubectlLine: string, cursor: number) => Promise<{ from: number; candidates: string[] }>;

/** The shell's own programs, completed without the engine. */
const PROGRAMS = ["clear", "help", "k", "kubectl"];

export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return "";
  let p = words[0]!;
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Candidates in columns, top to bottom then left to right, as bash lists them. */
export function columns(words: readonly string[], width: number): string {
  const col = Math.max(...words.map((w) => w.length)) + 2;
  const perRow = Math.max(1, Math.floor(width / col));
  const rows = Math.ceil(words.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = "";
    for (let c = 0; c * rows + r < words.length; c++) line += words[c * rows + r]!.padEnd(col);
    lines.push(line.trimEnd());
  }
  return lines.join("\r\n") + "\r\n";
}

export const PROMPT = "\x1b[1;32m$\x1b[0m ";
const PROMPT_WIDTH = 2;
const RED = "\x1b[91m";
const RESET = "\x1b[0m";
export const CLEAR_SCREEN = "\x1b[2J\x1b[3J\x1b[H";

/** stderr in red, line by line so the colour survives wrapping and scrolling. */
export function colourStderr(text: string): string {
  return text.replace(/[^\n]+/g, (line) => `${RED}${line}${RESET}`);
}

export class ShellSession {
  private line: LineState = EMPTY;
  /** Cursor index as last painted, so the next paint knows where it starts. */
  private painted = 0;
  private busy = false;
  private queued: string[] = [];
  /** A streaming command in progress: Ctrl-C interrupts it, other keys are ignored. */
  private streaming: { interrupt(): void; interrupted: boolean } | null = null;
  /** Ctrl-C pressed before the running command answered. */
  private interruptPending = false;

  constructor(
    private readonly io: TerminalIO,
    private readonly run: Runner,
    readonly history: History,
    private readonly onHistory: (entries: readonly string[]) => void = () => {},
    private readonly completer: Completer | null = null,
  ) {}

  start(banner = ""): void {
    this.io.write(banner);
    this.prompt();
  }

  /** Handles one chunk of terminal input (typed keys or a paste). */
  input(data: string): void {
    if (this.streaming) {
      if (data.includes("\x03") && !this.streaming.interrupted) {
        this.streaming.interrupted = true;
        this.io.write("^C\r\n");
        this.streaming.interrupt();
      }
      return;
    }
    if (this.busy) {
      if (data.includes("\x03")) this.interruptPending = true;
      else this.queued.push(data);
      return;
    }
    const inputs = decode(data);
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i]!;
      if (input.kind === "text") this.set(insert(this.line, input.text));
      else if (input.key === "enter") {
        // Whatever follows the enter in this chunk runs after the command, like type-ahead.
        const rest = inputs.slice(i + 1);
        void this.submit().then(() => this.replay(rest));
        return;
      } else if (input.key === "interrupt") {
        this.io.write("^C\r\n");
        this.history.reset();
        this.prompt();
      } else if (input.key === "clearScreen") {
        this.io.write(CLEAR_SCREEN);
        this.painted = 0;
        this.set(this.line);
      } else if (input.key === "up" || input.key === "down") {
        const text = input.key === "up" ? this.history.up(this.line.text) : this.history.down();
        if (text !== null) this.set({ text, cursor: text.length });
      } else if (input.key === "tab") {
        const rest = inputs.slice(i + 1);
        void this.completeLine().then(() => this.replay(rest));
        return;
      } else this.set(edit(this.line, input.key));
    }
  }

  private replay(rest: ReturnType<typeof decode>): void {
    const pending = this.queued;
    this.queued = [];
    const again = rest.map((r) => (r.kind === "text" ? r.text : KEY_BYTES[r.key] ?? "")).join("") + pending.join("");
    if (again) this.input(again);
  }

  private async submit(): Promise<void> {
    const text = this.line.text;
    this.io.write("\r\n");
    this.history.push(text);
    this.onHistory(this.history.list());
    const cmd = parseShellLine(text);
    switch (cmd.kind) {
      case "clear":
        this.io.write(CLEAR_SCREEN);
        break;
      case "help":
        this.io.write(HELP_TEXT);
        break;
      case "notFound":
        this.io.write(colourStderr(cmd.message));
        break;
      case "kubectl": {
        this.busy = true;
        this.interruptPending = false;
        let ended = () => {};
        const done = new Promise<void>((resolve) => (ended = resolve));
        const onChunk = (c: Chunk) => {
          // After ^C nothing more is printed, as when kubectl is killed.
          if (!this.streaming?.interrupted) this.io.write(c.stdout + colourStderr(c.stderr));
          if (c.done) ended();
        };
        try {
          const running = this.run(cmd.line, onChunk);
          const handle: RunHandle = "result" in running ? running : { result: running, interrupt: () => {} };
          const out = await handle.result;
          this.io.write(out.stdout + colourStderr(out.stderr));
          if (out.streaming) {
            this.streaming = { interrupt: handle.interrupt, interrupted: false };
            if (this.interruptPending) this.input("\x03");
            await done;
          }
        } catch (e) {
          this.io.write(colourStderr(`${e instanceof Error ? e.message : String(e)}\n`));
        } finally {
          this.streaming = null;
          this.busy = false;
        }
        break;
      }
      case "empty":
        break;
    }
    this.prompt();
  }

  /** Tab: the program name here, the rest from the engine; one match is taken, several listed. */
  private async completeLine(): Promise<void> {
    const { text, cursor } = this.line;
    const before = text.slice(0, cursor);
    const first = /^(\s*)(\S*)$/.exec(before);
    let from: number;
    let candidates: string[];
    if (first) {
      from = first[1]!.length;
      candidates = PROGRAMS.filter((p) => p.startsWith(first[2]!));
    } else {
      const lead = before.length - before.trimStart().length;
      const program = before.trimStart().split(/\s+/, 1)[0];
      if ((program !== "kubectl" && program !== "k") || !this.completer) return;
      // The engine completes kubectl lines: "k" is spelled out for it, offsets shifted back.
      const shift = program === "k" ? "kubectl".length - 1 : 0;
      const line = program === "k" ? `${text.slice(0, lead)}kubectl${text.slice(lead + 1)}` : text;
      this.busy = true;
      try {
        const r = await this.completer(line, cursor + shift);
        from = r.from - shift;
        candidates = r.candidates;
      } catch {
        return;
      } finally {
        this.busy = false;
      }
    }
    const word = text.slice(from, cursor);
    const replace = (by: string) => this.set({ text: text.slice(0, from) + by + text.slice(cursor), cursor: from + by.length });
    if (candidates.length === 1) {
      const only = candidates[0]!;
      replace(/[/=]$/.test(only) ? only : `${only} `);
      return;
    }
    const prefix = commonPrefix(candidates);
    if (prefix.length > word.length) return replace(prefix);
    if (candidates.length === 0) return;
    // Nothing more to insert: list the candidates under the line, then repaint it.
    const line = this.line;
    this.set({ text: line.text, cursor: line.text.length });
    this.io.write(`\r\n${columns(candidates, this.io.cols())}`);
    this.painted = 0;
    this.set(line);
  }

  private prompt(): void {
    this.line = EMPTY;
    this.painted = 0;
    this.io.write(PROMPT);
  }

  private set(next: LineState): void {
    this.io.write(redraw(PROMPT, PROMPT_WIDTH, this.painted, next, this.io.cols()));
    this.line = next;
    this.painted = next.cursor;
  }
}

/** Bytes that decode back to a key, to re-feed type-ahead that followed an enter. */
const KEY_BYTES: Partial<Record<string, string>> = {
  enter: "\r", backspace: "\x7f", tab: "\t", interrupt: "\x03", clearScreen: "\x0c", home: "\x01", end: "\x05",
  killBefore: "\x15", killAfter: "\x0b", killWord: "\x17", left: "\x1b[D", right: "\x1b[C", up: "\x1b[A", down: "\x1b[B",
  delete: "\x1b[3~", wordLeft: "\x1b[1;5D", wordRight: "\x1b[1;5C",
};
