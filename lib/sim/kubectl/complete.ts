// Tab completion for a kubectl line, from what the engine knows: its commands and their flags
// (the command table), resource types (the kinds registry), and object names from the live
// cluster (cache reads: completing never sends an API request or writes a trace entry).
// Like kubectl's own `__complete`: commands at the first word, subcommands where a command has
// them, types then names (or TYPE/NAME) for commands taking resources, flag names after "-",
// and flag values for -n/--namespace, -o/--output and -c/--container.
import type { KindSpec, KubeObject } from "../types";
import { SHORT } from "./context";
import { resolveKind } from "./resources";
import { COMMANDS } from "./run";

export interface CompletionSource {
  readonly kinds: readonly KindSpec[];
  /** Cache read of the objects of a resource (all namespaces when `namespace` is undefined). */
  list(resource: string, namespace?: string): readonly KubeObject[];
}

export interface Completion {
  /** Index in the line where the word being completed starts (the part replaced). */
  from: number;
  /** Whole-word candidates, sorted; a trailing "/" or "=" means the word continues. */
  candidates: string[];
}

const SUBCOMMANDS: Record<string, readonly string[]> = {
  rollout: ["history", "pause", "restart", "resume", "status", "undo"],
  create: ["configmap", "deployment", "ingress", "job", "namespace", "secret", "service"],
  set: ["env", "image", "resources", "selector"],
};

/** Commands whose positional arguments are TYPE [NAME…] or TYPE/NAME. */
const TYPED = new Set(["get", "describe", "delete", "label", "annotate", "scale", "expose", "patch", "edit", "autoscale", "wait"]);
/** Commands whose arguments are node names. */
const NODE_ARGS = new Set(["cordon", "uncordon", "drain", "taint"]);
/** rollout's and set's resources: workloads with a pod template (rollout: the three it manages). */
const ROLLOUT_TYPES = ["daemonsets", "deployments", "statefulsets"];

const OUTPUTS = ["custom-columns=", "json", "jsonpath=", "name", "wide", "yaml"];

/** Splits at whitespace, keeping each word's start (quotes are rare when typing; not parsed here). */
function words(text: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ word: m[0], start: m.index });
  return out;
}

const names = (objs: readonly KubeObject[]) => [...new Set(objs.map((o) => o.metadata.name))];

export function complete(src: CompletionSource, line: string, cursor = line.length): Completion {
  const before = line.slice(0, cursor);
  const ws = words(before);
  const endsInSpace = before.length === 0 || /\s$/.test(before);
  const current = endsInSpace ? "" : (ws.pop()?.word ?? "");
  const from = cursor - current.length;
  const none: Completion = { from, candidates: [] };
  // The program: "kubectl" (or k) is the first word; the shell completes it itself.
  if (ws.length === 0) return none;
  const tail = ws.slice(1).map((w) => w.word);

  // Flags before the command (kubectl -n x get …) are rare; the command is the first non-flag word.
  const cmdName = tail.find((w) => !w.startsWith("-"));
  const pick = (list: readonly string[]) => ({ from, candidates: [...new Set(list)].filter((c) => c.startsWith(current)).sort() });
  if (cmdName === undefined) return pick(COMMANDS.map((c) => c.name));
  const cmd = COMMANDS.find((c) => c.name === cmdName);
  if (!cmd) return none;

  // Values of the namespace/output/container flags (the previous word, or --flag=… in this one).
  const prev = tail[tail.length - 1];
  const flagName = (w: string | undefined) => (w?.startsWith("--") ? w.slice(2) : w?.startsWith("-") && w.length === 2 ? SHORT[w[1]!] : undefined);
  const eq = current.startsWith("--") ? current.indexOf("=") : -1;
  const valueOf = eq > 0 ? current.slice(2, eq) : cmd.valueFlags.includes(flagName(prev) ?? "") ? flagName(prev) : undefined;
  const args = tail.slice(tail.indexOf(cmdName) + 1).filter((w, i, a) => !w.startsWith("-") && !cmd.valueFlags.includes(flagName(a[i - 1]) ?? ""));
  const namespace = ((): string => {
    for (let i = tail.length - 1; i >= 0; i--) {
      const w = tail[i]!;
      if (w.startsWith("--namespace=")) return w.slice(12);
      if ((w === "-n" || w === "--namespace") && tail[i + 1]) return tail[i + 1]!;
      if (w.startsWith("-n") && w.length > 2) return w.slice(2);
    }
    return "default";
  })();
  if (valueOf !== undefined) {
    const values = valueOf === "namespace" ? names(src.list("namespaces")) : valueOf === "output" ? OUTPUTS : valueOf === "container" ? containersOf(src, namespace, args) : valueOf === "types" ? ["Normal", "Warning"] : [];
    if (eq > 0) {
      const prefix = current.slice(0, eq + 1);
      const sub = current.slice(eq + 1);
      return { from, candidates: values.filter((v) => v.startsWith(sub)).sort().map((v) => prefix + v) };
    }
    return pick(values);
  }
  if (current.startsWith("-")) {
    return pick([...cmd.valueFlags.map((f) => `--${f}=`), ...cmd.boolFlags.map((f) => `--${f}`)]);
  }

  const types = (only?: readonly string[]) => src.kinds.filter((k) => !only || only.includes(k.resource)).map((k) => k.resource);
  const objectNames = (resource: string) => {
    const kind = src.kinds.find((k) => k.resource === resource);
    return kind ? names(src.list(resource, kind.namespaced ? namespace : undefined)) : [];
  };
  /** TYPE/NAME: the names of that type under the typed prefix. */
  const slashed = (allowed?: readonly string[]) => {
    const slash = current.indexOf("/");
    const kind = resolveKind(src.kinds, current.slice(0, slash));
    if (!kind || (allowed && !allowed.includes(kind.resource))) return none;
    return pick(objectNames(kind.resource).map((n) => `${current.slice(0, slash)}/${n}`));
  };

  const subs = SUBCOMMANDS[cmd.name];
  if (subs) {
    if (args.length === 0) return pick(subs);
    if (cmd.name === "rollout" || cmd.name === "set") {
      if (current.includes("/")) return slashed(cmd.name === "rollout" ? ROLLOUT_TYPES : undefined);
      if (args.length === 1) return pick(types(cmd.name === "rollout" ? ROLLOUT_TYPES : ["deployments", "daemonsets", "statefulsets", "replicasets", "pods", "jobs", "cronjobs"]));
      const kind = resolveKind(src.kinds, args[1]!);
      return kind && args.length === 2 ? pick(objectNames(kind.resource)) : none;
    }
    return none;
  }
  if (NODE_ARGS.has(cmd.name)) return pick(objectNames("nodes"));
  if (cmd.name === "logs") {
    if (args.length > 0) return args.length === 1 ? pick(containersOf(src, namespace, args)) : none;
    return current.includes("/") ? slashed() : pick(objectNames("pods"));
  }
  if (TYPED.has(cmd.name)) {
    if (current.includes("/")) return slashed();
    if (args.length === 0) return pick(cmd.name === "get" ? [...types(), "all"] : types());
    if (args[0]!.includes("/")) return none;
    const kinds = args[0]!.split(",");
    if (kinds.length !== 1) return none;
    const kind = resolveKind(src.kinds, kinds[0]!);
    return kind ? pick(objectNames(kind.resource).filter((n) => !args.slice(1).includes(n))) : none;
  }
  return none;
}

/** Containers of the pod named in the arguments (logs POD, -c for exec/logs). */
function containersOf(src: CompletionSource, namespace: string, args: readonly string[]): string[] {
  const name = args[0]?.replace(/^(pods?|po)\//, "");
  if (!name) return [];
  const pod = src.list("pods", namespace).find((p) => p.metadata.name === name);
  const spec = pod?.spec as { containers?: { name: string }[]; initContainers?: { name: string }[] } | undefined;
  return [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])].map((c) => c.name);
}

/** The longest prefix every candidate shares (what one Tab inserts when there are several). */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return "";
  let p = candidates[0]!;
  for (const c of candidates) while (!c.startsWith(p)) p = p.slice(0, -1);
  return p;
}
