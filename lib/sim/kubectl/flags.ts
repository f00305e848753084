// A small pflag: "--name=value", "--name value", "-n value", "-nvalue", "-A", "--bool",
// "--bool=false", and "--" to end flags. Error texts are pflag's.
import { SHORT, type Flags } from "./context";

export function parseFlags(words: readonly string[], valueFlags: readonly string[], boolFlags: readonly string[], shorts: Readonly<Record<string, string>> = {}): { args: string[]; flags: Flags } | { error: string } {
  const flags: Flags = { values: new Map(), bools: new Set() };
  const args: string[] = [];
  const put = (k: string, v: string) => flags.values.set(k, [...(flags.values.get(k) ?? []), v]);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === "--") { flags.argsLenAtDash = args.length; args.push(...words.slice(i + 1)); break; }
    if (w.startsWith("--")) {
      const eq = w.indexOf("=");
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      if (valueFlags.includes(name)) {
        if (eq >= 0) put(name, w.slice(eq + 1));
        else if (i + 1 < words.length) put(name, words[++i] as string);
        else return { error: `flag needs an argument: --${name}` };
      } else if (boolFlags.includes(name)) {
        const v = eq < 0 ? "true" : w.slice(eq + 1);
        if (v === "true") flags.bools.add(name);
        else if (v === "false") { flags.bools.delete(name); put(name, "false"); } // lets a default-true flag see an explicit false
        else return { error: `invalid argument "${v}" for "--${name}" flag: strconv.ParseBool: parsing "${v}": invalid syntax` };
      } else return { error: `unknown flag: --${name}` };
    } else if (w.startsWith("-") && w.length > 1) {
      const letter = w[1] as string;
      const name = shorts[letter] ?? SHORT[letter];
      if (name === undefined || (!valueFlags.includes(name) && !boolFlags.includes(name))) {
        return { error: `unknown shorthand flag: '${letter}' in ${w}` };
      }
      if (boolFlags.includes(name)) {
        flags.bools.add(name);
        // pflag: a run of boolean shorthands ("-it") sets each of them.
        for (const l of w.slice(2)) {
          const n = shorts[l] ?? SHORT[l];
          if (n === undefined || !boolFlags.includes(n)) return { error: `unknown shorthand flag: '${l}' in ${w}` };
          flags.bools.add(n);
        }
        continue;
      }
      const rest = w.slice(2).replace(/^=/, "");
      if (rest) put(name, rest);
      else if (i + 1 < words.length) put(name, words[++i] as string);
      else return { error: `flag needs an argument: '${letter}' in -${letter}` };
    } else args.push(w);
  }
  return { args, flags };
}

export const flag = (f: Flags, name: string): string | undefined => f.values.get(name)?.at(-1);

/** The namespace a command works in: -n, else the current context's namespace, else "default". */
export const namespaceOf = (f: Flags): string => flag(f, "namespace") ?? f.contextNamespace ?? "default";
