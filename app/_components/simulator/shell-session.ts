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

  constructor(
    private readonly io: TerminalIO,
    private readonly run: (kubectlLine: string) => Promise<RunResult>,
    readonly history: History,
    private readonly onHistory: (entries: readonly string[]) => void = () => {},
  ) {}

  start(banner = ""): void {
    this.io.write(banner);
    this.prompt();
  }

  /** Handles one chunk of terminal input (typed keys or a paste). */
  input(data: string): void {
    if (this.busy) {
      this.queued.push(data);
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
        // No completion data in the engine yet: like a shell with nothing to offer, do nothing.
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
        try {
          const out = await this.run(cmd.line);
          this.io.write(out.stdout + colourStderr(out.stderr));
        } catch (e) {
          this.io.write(colourStderr(`${e instanceof Error ? e.message : String(e)}\n`));
        } finally {
          this.busy = false;
        }
        break;
      }
      case "empty":
        break;
    }
    this.prompt();
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
