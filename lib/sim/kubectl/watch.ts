// kubectl get -w / --watch / --watch-only (kubectl pkg/cmd/get/get.go, watch()): one resource
// type only; the current objects are printed through one tabwriter flush (a normal table), then
// every watch event prints the object again, flushed on its own: an event's row is aligned
// with the column widths remembered across flushes (cli-runtime's tabwriter has
// RememberWidths: a column only ever widens), and carries no header once one was printed. An empty list prints nothing at first
// (no "No resources found"): the header comes with the first event. DELETED events print the
// object as it was deleted. With --output-watch-events the table gains an EVENT column.
//
// The command itself (get.ts → watchInitial) prints the initial part and returns, which is what
// a replay of the learner's line does; a terminal that keeps the stream open (the widget) polls
// a GetWatch for the lines each later event prints while virtual time runs.
import type { KindSpec, KubeObject, VirtualMs, WatchEventType } from "../types";
import { fail, ok, type Flags, type KubectlContext, type KubectlResult } from "./context";
import { flag, namespaceOf, parseFlags } from "./flags";
import { formatApiError } from "./errors";
import { tokenize } from "./tokenize";
import { parseSelector } from "../labels";
import { parseFieldSelector } from "../api/fieldselector";
import { sortObjects } from "./sortby";
import { KUBECTL_TABLE } from "./tabwriter";
import { kindRef } from "./resources";
import { printJson, printName, printYaml, tableRows, type TableOptions } from "./printers";
import { getCommand, resolveTargets } from "./commands/get";
import type { Store } from "../store";

export const WATCH_FLAGS = ["watch", "watch-only", "output-watch-events"] as const;

const FORMATS = ["", "wide", "name", "yaml", "json"];

export const isWatch = (flags: Flags) => flags.bools.has("watch") || flags.bools.has("watch-only");

/** What one watch follows and how it prints, worked out once from the command line. */
export interface WatchPlan {
  kind: KindSpec;
  namespace: string | undefined;
  names: string[];
  labelSelector?: string;
  fieldSelector?: string;
  output: string;
  table: TableOptions;
  watchOnly: boolean;
  events: boolean;
}

export function planWatch(ctx: Pick<KubectlContext, "kinds">, args: string[], flags: Flags): WatchPlan | string {
  const targets = resolveTargets(ctx as KubectlContext, args);
  if (typeof targets === "string") return targets;
  // The builder's SingleResourceType(): a second type is refused before anything is listed.
  if (targets.length !== 1) return "error: you may only specify a single resource type\n";
  const { kind, names } = targets[0]!;
  const output = flag(flags, "output") ?? "";
  if (!FORMATS.includes(output)) return `error: the simulator streams -o ${output || "table"} output only as a table, wide, name, yaml or json\n`;
  const all = flags.bools.has("all-namespaces");
  return {
    kind,
    namespace: kind.namespaced && !all ? namespaceOf(flags) : undefined,
    names,
    labelSelector: flag(flags, "selector"),
    fieldSelector: flag(flags, "field-selector"),
    output,
    table: {
      wide: output === "wide",
      withNamespace: all,
      showLabels: flags.bools.has("show-labels"),
      noHeaders: flags.bools.has("no-headers"),
      qualifyNames: false,
      labelColumns: (flags.values.get("label-columns") ?? []).flatMap((v) => v.split(",")).filter((v) => v !== ""),
    },
    watchOnly: flags.bools.has("watch-only"),
    events: flags.bools.has("output-watch-events"),
  };
}

const cellWidth = (s: string) => [...s].length;

/**
 * One flush of a tabwriter that remembers column widths (kubectl's writer): each column is as
 * wide as the widest cell seen in it so far, this flush included; the last cell is not padded.
 */
export function formatRemembering(rows: readonly (readonly string[])[], widths: number[]): string {
  for (const row of rows) {
    for (let i = 0; i < row.length - 1; i++) widths[i] = Math.max(widths[i] ?? 0, KUBECTL_TABLE.minWidth, cellWidth(row[i]!) + KUBECTL_TABLE.padding);
  }
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat(widths[i]! - cellWidth(cell)))).join("") + "\n").join("");
}

/**
 * The widths a printed table's first line shows: columns start after a run of two or more
 * spaces (padding is at least 3; headers and cells hold single spaces at most).
 */
export function widthsOf(line: string): number[] {
  const starts: number[] = [];
  const chars = [...line];
  chars.forEach((ch, i) => {
    if (ch !== " " && (i === 0 || (chars[i - 1] === " " && chars[i - 2] === " "))) starts.push(i);
  });
  return starts.slice(1).map((s, i) => s - starts[i]!);
}

/** Prints objects the way one watch does: a header only once, `---` between YAML documents. */
class WatchPrinter {
  private headerDone: boolean;
  private printed = 0;
  private readonly widths: number[] = [];

  /** `initial`: what the initial part printed, when the stream continues it. */
  constructor(private readonly plan: WatchPlan, private readonly now: () => VirtualMs, initial = "") {
    // Continuing after a non-empty initial part: its header (or first YAML document) is out,
    // and the writer remembers the widths of its table.
    this.headerDone = plan.table.noHeaders || initial !== "";
    this.printed = initial !== "" ? 1 : 0;
    if (initial !== "" && ["", "wide"].includes(plan.output)) this.widths.push(...widthsOf(initial.slice(0, initial.indexOf("\n"))));
  }

  /** One flush: these objects (with their event types) as one block of output. */
  print(items: readonly { type: WatchEventType; object: KubeObject }[]): string {
    if (items.length === 0) return "";
    const { plan } = this;
    switch (plan.output) {
      case "name":
        return items.map((i) => printName(plan.kind, i.object)).join("");
      case "json":
        return items.map((i) => printJson(plan.events ? { object: i.object, type: i.type } : i.object)).join("");
      case "yaml":
        return items.map((i) => (this.printed++ > 0 ? "---\n" : "") + printYaml(plan.events ? { object: i.object, type: i.type } : i.object)).join("");
    }
    const rows = tableRows(plan.kind, items.map((i) => i.object), this.now(), { ...plan.table, noHeaders: this.headerDone });
    if (plan.events) {
      const offset = this.headerDone ? 0 : 1;
      if (!this.headerDone) rows[0]!.unshift("EVENT");
      items.forEach((it, i) => rows[i + offset]!.unshift(it.type));
    }
    this.headerDone = true;
    return formatRemembering(rows, this.widths);
  }
}

/** The objects a watch starts from (the get), or kubectl's error. */
function initialObjects(ctx: KubectlContext, plan: WatchPlan, flags: Flags): KubeObject[] | KubectlResult {
  const objs: KubeObject[] = [];
  try {
    if (plan.names.length > 0) for (const name of plan.names) objs.push(ctx.api.get(plan.kind.resource, plan.namespace, name));
    else objs.push(...ctx.api.list(plan.kind.resource, plan.namespace, { labelSelector: plan.labelSelector, fieldSelector: plan.fieldSelector }).items);
  } catch (e) {
    return fail(formatApiError(e));
  }
  const sortBy = flag(flags, "sort-by");
  if (sortBy && objs.length > 0) {
    const sorted = sortObjects(objs, sortBy);
    if (typeof sorted === "string") return fail(sorted);
    return sorted;
  }
  return objs;
}

/** `kubectl get … -w`: the part printed before the first watch event (what a replay prints). */
export function watchInitial(ctx: KubectlContext, args: string[], flags: Flags): KubectlResult {
  const plan = planWatch(ctx, args, flags);
  if (typeof plan === "string") return fail(plan);
  const objs = initialObjects(ctx, plan, flags);
  if (!Array.isArray(objs)) return objs;
  if (plan.watchOnly) return ok("");
  return ok(new WatchPrinter(plan, ctx.now).print(objs.map((object) => ({ type: "ADDED" as const, object }))));
}

/** The store's side of a watch: its revision and the events after one. */
export interface WatchFeed {
  now(): VirtualMs;
  revision(): number;
  /** Events of `resource` after `fromRevision`, or "expired" when that revision was compacted away. */
  events(resource: string, fromRevision: number): readonly { type: WatchEventType; revision: number; object: KubeObject }[] | "expired";
}

export interface WatchChunk {
  stdout: string;
  stderr: string;
  /** The watch ended (its history expired); the terminal gets its prompt back. */
  done: boolean;
}

/** An open `get -w`: each poll returns what the events since the last poll print. */
export class GetWatch {
  private from: number;
  private readonly printer: WatchPrinter;
  private readonly matches: (o: KubeObject) => boolean;

  /** `initial`: what the initial part printed (its header, widths, YAML documents). */
  constructor(private readonly feed: WatchFeed, private readonly plan: WatchPlan, fromRevision: number, initial: string) {
    this.from = fromRevision;
    this.printer = new WatchPrinter(plan, () => feed.now(), initial);
    const labels = plan.labelSelector ? parseSelector(plan.labelSelector) : undefined;
    const fields = plan.fieldSelector ? parseFieldSelector(plan.kind.resource, plan.fieldSelector) : undefined;
    this.matches = (o) =>
      (plan.namespace === undefined || o.metadata.namespace === plan.namespace) &&
      (plan.names.length === 0 || plan.names.includes(o.metadata.name)) &&
      (!labels || labels.matches(o.metadata.labels ?? {})) &&
      (!fields || fields.matches(o));
  }

  poll(): WatchChunk {
    if (this.feed.revision() === this.from) return { stdout: "", stderr: "", done: false };
    const events = this.feed.events(this.plan.kind.resource, this.from);
    if (events === "expired") {
      return { stdout: "", stderr: `error: watch of ${kindRef(this.plan.kind)} stopped: the requested resource version ${this.from} is too old\n`, done: true };
    }
    this.from = this.feed.revision();
    let stdout = "";
    // Each event is its own flush (widths remembered), as kubectl prints them.
    for (const e of events) if (this.matches(e.object)) stdout += this.printer.print([e]);
    return { stdout, stderr: "", done: false };
  }
}

/**
 * For a terminal that streams: when `line` is a `kubectl get` with -w/--watch/--watch-only,
 * the GetWatch following it from `fromRevision` (the store's revision when the line ran);
 * otherwise null. Call after running the line itself, which printed `initialStdout`.
 */
export function openGetWatch(ctx: Pick<KubectlContext, "kinds">, feed: WatchFeed, line: string, fromRevision: number, initialStdout: string): GetWatch | null {
  const tok = tokenize(line);
  if ("error" in tok) return null;
  const words = tok.words[0] === "kubectl" ? tok.words.slice(1) : tok.words;
  if (words[0] !== getCommand.name) return null;
  const parsed = parseFlags(words.slice(1), getCommand.valueFlags, getCommand.boolFlags);
  if ("error" in parsed || !isWatch(parsed.flags)) return null;
  const plan = planWatch(ctx, parsed.args, parsed.flags);
  if (typeof plan === "string") return null;
  return new GetWatch(feed, plan, fromRevision, initialStdout);
}

/** A WatchFeed over the cluster's store (the etcd model), for the widget and tests. */
export function storeFeed(store: Pick<Store, "revision" | "watch">, now: () => VirtualMs): WatchFeed {
  return {
    now,
    revision: () => store.revision,
    events: (resource, from) => {
      const out = store.watch(from, resource);
      if (out.some((e) => e.type === "ERROR")) return "expired";
      return out as { type: WatchEventType; revision: number; object: KubeObject }[];
    },
  };
}
