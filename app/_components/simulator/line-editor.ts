// The terminal's line discipline, as pure functions: decode what xterm sends (keys, escape
// sequences, pasted text) and edit one input line; redraw() returns the escape sequences
// that repaint the line, wrapped over several rows if it is longer than the terminal.

export interface LineState {
  text: string;
  cursor: number;
}

export type Key =
  | "enter" | "backspace" | "delete" | "left" | "right" | "home" | "end" | "up" | "down"
  | "tab" | "interrupt" | "clearScreen" | "killBefore" | "killAfter" | "killWord" | "wordLeft" | "wordRight";

export type Input = { kind: "text"; text: string } | { kind: "key"; key: Key };

const SEQUENCES: Record<string, Key> = {
  "\r": "enter", "\n": "enter", "\x7f": "backspace", "\b": "backspace", "\t": "tab",
  "\x03": "interrupt", "\x0c": "clearScreen", "\x01": "home", "\x05": "end", "\x15": "killBefore", "\x0b": "killAfter", "\x17": "killWord",
  "\x02": "left", "\x06": "right", "\x10": "up", "\x0e": "down",
  "\x1b[A": "up", "\x1b[B": "down", "\x1b[C": "right", "\x1b[D": "left", "\x1bOA": "up", "\x1bOB": "down", "\x1bOC": "right", "\x1bOD": "left",
  "\x1b[H": "home", "\x1b[F": "end", "\x1bOH": "home", "\x1bOF": "end", "\x1b[1~": "home", "\x1b[4~": "end", "\x1b[3~": "delete",
  "\x1b[1;5D": "wordLeft", "\x1b[1;5C": "wordRight", "\x1bb": "wordLeft", "\x1bf": "wordRight", "\x1b\x7f": "killWord",
};

/** Splits one xterm onData chunk into keys and runs of printable text (a paste can hold both). */
export function decode(data: string): Input[] {
  const out: Input[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push({ kind: "text", text });
    text = "";
  };
  for (let i = 0; i < data.length; ) {
    const ch = data[i]!;
    if (ch === "\x1b") {
      // CSI/SS3 sequences end at their first letter or '~'; unknown ones are dropped.
      const m = /^\x1b(?:\[[0-9;]*[A-Za-z~]|O[A-Za-z]|.)?/.exec(data.slice(i))!;
      const key = SEQUENCES[m[0]];
      flush();
      if (key) out.push({ kind: "key", key });
      i += m[0].length;
    } else if (ch === "\r" && data[i + 1] === "\n") {
      flush();
      out.push({ kind: "key", key: "enter" });
      i += 2;
    } else if (SEQUENCES[ch]) {
      flush();
      out.push({ kind: "key", key: SEQUENCES[ch]! });
      i++;
    } else {
      if (ch >= " ") text += ch; // other control characters are ignored
      i++;
    }
  }
  flush();
  return out;
}

export const EMPTY: LineState = { text: "", cursor: 0 };

export function insert(s: LineState, text: string): LineState {
  return { text: s.text.slice(0, s.cursor) + text + s.text.slice(s.cursor), cursor: s.cursor + text.length };
}

function wordStart(text: string, from: number): number {
  let i = from;
  while (i > 0 && text[i - 1] === " ") i--;
  while (i > 0 && text[i - 1] !== " ") i--;
  return i;
}

function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] === " ") i++;
  while (i < text.length && text[i] !== " ") i++;
  return i;
}

/** Applies an editing key; keys that are not edits (enter, up, tab…) leave the line as it is. */
export function edit(s: LineState, key: Key): LineState {
  const { text, cursor } = s;
  switch (key) {
    case "backspace":
      return cursor > 0 ? { text: text.slice(0, cursor - 1) + text.slice(cursor), cursor: cursor - 1 } : s;
    case "delete":
      return cursor < text.length ? { text: text.slice(0, cursor) + text.slice(cursor + 1), cursor } : s;
    case "left":
      return { text, cursor: Math.max(0, cursor - 1) };
    case "right":
      return { text, cursor: Math.min(text.length, cursor + 1) };
    case "home":
      return { text, cursor: 0 };
    case "end":
      return { text, cursor: text.length };
    case "wordLeft":
      return { text, cursor: wordStart(text, cursor) };
    case "wordRight":
      return { text, cursor: wordEnd(text, cursor) };
    case "killBefore":
      return { text: text.slice(cursor), cursor: 0 };
    case "killAfter":
      return { text: text.slice(0, cursor), cursor };
    case "killWord": {
      const start = wordStart(text, cursor);
      return { text: text.slice(0, start) + text.slice(cursor), cursor: start };
    }
    default:
      return s;
  }
}

/**
 * Escape sequences that repaint the prompt and line from wherever the previous paint left
 * the cursor (`prevCursor`, an index into the previous text) in a terminal `cols` wide.
 * `promptWidth` is the prompt's printed width (its colour codes take no columns).
 */
export function redraw(prompt: string, promptWidth: number, prevCursor: number, next: LineState, cols: number): string {
  const width = Math.max(1, cols);
  const up = Math.floor((promptWidth + prevCursor) / width);
  let out = `${up > 0 ? `\x1b[${up}A` : ""}\r\x1b[J${prompt}${next.text}`;
  const end = promptWidth + next.text.length;
  // A line that exactly fills its last row leaves the cursor in xterm's pending-wrap state;
  // printing a space and returning moves it to the start of the next row, where we count it.
  if (end > 0 && end % width === 0) out += " \r";
  const target = promptWidth + next.cursor;
  const rows = Math.floor(end / width) - Math.floor(target / width);
  if (rows > 0) out += `\x1b[${rows}A`;
  if (rows > 0 || end % width !== target % width) out += `\r${target % width > 0 ? `\x1b[${target % width}C` : ""}`;
  return out;
}
