// Splits a command line like a POSIX shell would for kubectl: whitespace separates words,
// single quotes are literal, double quotes allow \" and \\ escapes, a backslash outside
// quotes escapes the next character. Returns an error text for an unterminated quote.

export function tokenize(line: string): { words: string[] } | { error: string } {
  const words: string[] = [];
  let cur = "";
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      if (inWord) { words.push(cur); cur = ""; inWord = false; }
      i++;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { error: "unexpected EOF while looking for matching `''" };
      cur += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        const d = line[i] as string;
        if (d === '"') { closed = true; i++; break; }
        if (d === "\\" && (line[i + 1] === '"' || line[i + 1] === "\\" || line[i + 1] === "$")) { cur += line[i + 1]; i += 2; continue; }
        cur += d;
        i++;
      }
      if (!closed) return { error: "unexpected EOF while looking for matching `\"'" };
      inWord = true;
    } else if (c === "\\" && i + 1 < line.length) {
      cur += line[i + 1];
      inWord = true;
      i += 2;
    } else {
      cur += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(cur);
  return { words };
}
