// The label selector lexer and recursive-descent parser of apimachinery pkg/labels/selector.go,
// with its error texts. "in"/"notin" are keywords only where an operator is expected, so
// "notin=in" is a valid equality selector.
import { newRequirement, selectorFromRequirements, type Operator, type Requirement, type Selector } from "./selector";

type Tok =
  | "ERR" | "EOS" | "ClosedPar" | "Comma" | "DoesNotExist" | "DoubleEquals" | "Equals" | "GreaterThan"
  | "Identifier" | "In" | "LessThan" | "NotEquals" | "NotIn" | "OpenPar";

interface Token { tok: Tok; lit: string }

const SYMBOLS: Record<string, Tok> = {
  ")": "ClosedPar", ",": "Comma", "!": "DoesNotExist", "==": "DoubleEquals", "=": "Equals",
  ">": "GreaterThan", "<": "LessThan", "!=": "NotEquals", "(": "OpenPar",
};
const SPECIAL = "=!(),><";
const isWhitespace = (c: string) => c === " " || c === "\t" || c === "\r" || c === "\n";

function lex(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  // Each iteration consumes at least one character, so the loop is bounded by s.length.
  while (i < s.length) {
    const c = s[i] as string;
    if (isWhitespace(c)) { i++; continue; }
    if (SPECIAL.includes(c)) {
      // Longest run of special characters that is still a known symbol.
      let j = i + 1;
      let best: string = c;
      while (j < s.length && SPECIAL.includes(s[j] as string)) {
        const cand = s.slice(i, j + 1);
        if (SYMBOLS[cand] === undefined) break;
        best = cand;
        j++;
      }
      const tok = SYMBOLS[best];
      out.push(tok ? { tok, lit: best } : { tok: "ERR", lit: best });
      i += best.length;
      continue;
    }
    let j = i;
    while (j < s.length && !isWhitespace(s[j] as string) && !SPECIAL.includes(s[j] as string)) j++;
    const lit = s.slice(i, j);
    out.push({ tok: lit === "in" ? "In" : lit === "notin" ? "NotIn" : "Identifier", lit });
    i = j;
  }
  out.push({ tok: "EOS", lit: "" });
  return out;
}

type Ctx = "KeyAndOperator" | "Values";

class Parser {
  private pos = 0;
  constructor(private readonly toks: Token[]) {}

  private at(ctx: Ctx): Token {
    const t = this.toks[Math.min(this.pos, this.toks.length - 1)] as Token;
    // Keywords are plain identifiers where values are read.
    if (ctx === "Values" && (t.tok === "In" || t.tok === "NotIn")) return { tok: "Identifier", lit: t.lit };
    return t;
  }
  lookahead(ctx: Ctx): Token { return this.at(ctx); }
  consume(ctx: Ctx): Token { const t = this.at(ctx); this.pos++; return t; }

  parse(): Requirement[] {
    const reqs: Requirement[] = [];
    for (;;) {
      const t = this.lookahead("Values");
      if (t.tok === "Identifier" || t.tok === "DoesNotExist") {
        reqs.push(this.parseRequirement());
        const next = this.consume("Values");
        if (next.tok === "EOS") return reqs;
        if (next.tok === "Comma") {
          const t2 = this.lookahead("Values");
          if (t2.tok !== "Identifier" && t2.tok !== "DoesNotExist") {
            throw new Error(`found '${t2.lit}', expected: identifier after ','`);
          }
          continue;
        }
        throw new Error(`found '${next.lit}', expected: ',' or 'end of string'`);
      }
      if (t.tok === "EOS") return reqs;
      throw new Error(`found '${t.lit}', expected: !, identifier, or 'end of string'`);
    }
  }

  private parseRequirement(): Requirement {
    let t = this.consume("Values");
    let op: Operator | undefined;
    if (t.tok === "DoesNotExist") { op = "!"; t = this.consume("Values"); }
    if (t.tok !== "Identifier") throw new Error(`found '${t.lit}', expected: identifier`);
    const key = t.lit;
    const next = this.lookahead("Values");
    if (next.tok === "EOS" || next.tok === "Comma") {
      if (op === undefined) op = "exists";
    }
    if (op === "!" || op === "exists") return newRequirement(key, op, []);
    op = this.parseOperator();
    const values = op === "in" || op === "notin" ? this.parseValues() : this.parseExactValue();
    return newRequirement(key, op, values);
  }

  private parseOperator(): Operator {
    const t = this.consume("KeyAndOperator");
    switch (t.tok) {
      case "In": return "in";
      case "Equals": return "=";
      case "DoubleEquals": return "==";
      case "GreaterThan": return "gt";
      case "LessThan": return "lt";
      case "NotIn": return "notin";
      case "NotEquals": return "!=";
      default:
        throw new Error(`found '${t.lit}', expected: in, notin, =, ==, !=, gt, lt`);
    }
  }

  private parseValues(): string[] {
    const open = this.consume("Values");
    if (open.tok !== "OpenPar") throw new Error(`found '${open.lit}' expected: '('`);
    const t = this.lookahead("Values");
    if (t.tok === "Identifier" || t.tok === "Comma") {
      const values = this.parseIdentifiersList();
      const close = this.consume("Values");
      if (close.tok !== "ClosedPar") throw new Error(`found '${close.lit}', expected: ')'`);
      return values;
    }
    if (t.tok === "ClosedPar") { this.consume("Values"); return [""]; }
    throw new Error(`found '${t.lit}', expected: ',', ')' or identifier`);
  }

  private parseIdentifiersList(): string[] {
    const values = new Set<string>();
    for (;;) {
      const t = this.consume("Values");
      if (t.tok === "Identifier") {
        values.add(t.lit);
        const t2 = this.lookahead("Values");
        if (t2.tok === "Comma") continue;
        if (t2.tok === "ClosedPar") return [...values];
        throw new Error(`found '${t2.lit}', expected: ',' or ')'`);
      } else if (t.tok === "Comma") {
        if (values.size === 0) values.add(""); // "(,x)": leading empty value
        const t2 = this.lookahead("Values");
        if (t2.tok === "ClosedPar") { values.add(""); return [...values]; }
        if (t2.tok === "Comma") { this.consume("Values"); values.add(""); }
      } else {
        throw new Error(`found '${t.lit}', expected: ',', or identifier`);
      }
    }
  }

  private parseExactValue(): string[] {
    const t = this.lookahead("Values");
    if (t.tok === "EOS" || t.tok === "Comma") return [""];
    const v = this.consume("Values");
    if (v.tok === "Identifier") return [v.lit];
    throw new Error(`found '${v.lit}', expected: identifier`);
  }
}

/** labels.Parse: throws an Error whose message is the upstream parse/validation error. */
export function parseSelector(text: string): Selector {
  return selectorFromRequirements(new Parser(lex(text)).parse());
}
