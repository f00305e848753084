// kubectl events (kubectl pkg/cmd/events): the newer events listing. Unlike `get events` it
// sorts by time (last seen), prints OBJECT as Kind/name, LAST SEEN from the first timestamp
// unless the event repeated, and filters with --for TYPE/NAME and --types Normal,Warning.
import type { KindSpec, KubeObject } from "../../types";
import { fail, ok, type Command, type KubectlContext, type KubectlResult } from "../context";
import { flag, namespaceOf } from "../flags";
import { formatApiError } from "../errors";
import { formatTable } from "../tabwriter";
import { printJson, printYaml } from "../printers";
import { resolveKind, unknownResource } from "../resources";
import { rfc3339ToMs, sinceText } from "../../node/time";

/** getInterval: "<since first> " or "<since last> (xN over <since first>)". */
function interval(ctx: KubectlContext, e: KubeObject): string {
  const since = (ts: unknown) => sinceText(typeof ts === "string" ? ts : undefined, ctx.now(), ctx.epochMs);
  const first = e.eventTime ? since(e.eventTime) : since(e.firstTimestamp);
  const series = e.series as { count?: number; lastObservedTime?: string } | undefined;
  if (series) return `${since(series.lastObservedTime)} (x${series.count ?? 0} over ${first})`;
  const count = Number(e.count ?? 0);
  return count > 1 ? `${since(e.lastTimestamp)} (x${count} over ${first})` : first;
}

/** eventTime(): the series' last observation, else lastTimestamp, else eventTime (0 when none). */
function sortTime(e: KubeObject): number {
  const series = e.series as { lastObservedTime?: string } | undefined;
  const ts = series?.lastObservedTime ?? (e.lastTimestamp as string | undefined) ?? (e.eventTime as string | undefined);
  const ms = ts ? rfc3339ToMs(ts) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

/** --for TYPE/NAME → the kind and name the events must be about, or kubectl's error. */
function forTarget(ctx: KubectlContext, text: string): { kind: KindSpec; name: string } | string {
  if (!text.includes("/")) return "error: --for must be in resource/name form\n";
  const seg = text.split("/");
  if (seg.length !== 2) return "error: arguments in resource/name form may not have more than one slash\n";
  const kind = resolveKind(ctx.kinds, seg[0]!.toLowerCase());
  if (!kind) return unknownResource(seg[0]!.toLowerCase());
  return { kind, name: seg[1]! };
}

function run(ctx: KubectlContext, flags: Parameters<Command["run"]>[2]): KubectlResult {
  const all = flags.bools.has("all-namespaces");
  const ns = namespaceOf(flags);
  const forText = flag(flags, "for");
  const target = forText ? forTarget(ctx, forText) : undefined;
  if (typeof target === "string") return fail(target);
  const output = flag(flags, "output");
  if (output !== undefined && output !== "" && !["yaml", "json", "name"].includes(output)) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,yaml\n`);
  }
  const types = (flags.values.get("types") ?? []).flatMap((t) => t.split(",")).filter((t) => t !== "");
  if (types.some((t) => !/^(normal|warning)$/i.test(t))) return fail("error: valid --types are Normal or Warning\n");
  let items: KubeObject[];
  try {
    items = ctx.api.list("events", all ? undefined : ns).items;
  } catch (e) {
    return fail(formatApiError(e));
  }
  const about = (e: KubeObject) => (e.involvedObject ?? {}) as { kind?: string; apiVersion?: string; name?: string };
  const events = items
    .filter((e) => !target || (about(e).kind === target.kind.kind && about(e).apiVersion === target.kind.apiVersion && about(e).name === target.name))
    .filter((e) => types.length === 0 || types.some((t) => t.toLowerCase() === String(e.type ?? "").toLowerCase()))
    .map((e, i) => ({ e, i, t: sortTime(e) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.e);
  if (events.length === 0) return ok("", all ? "No events found.\n" : `No events found in ${ns} namespace.\n`);
  const list = { kind: "EventList", apiVersion: "v1", metadata: {}, items: events };
  if (output === "yaml") return ok(printYaml(list));
  if (output === "json") return ok(printJson(list));
  if (output === "name") return ok(events.map((e) => `event/${e.metadata.name}\n`).join(""));
  const rows: string[][] = flags.bools.has("no-headers") ? [] : [[...(all ? ["NAMESPACE"] : []), "LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]];
  for (const e of events) {
    rows.push([...(all ? [e.metadata.namespace ?? ""] : []), interval(ctx, e), String(e.type ?? ""), String(e.reason ?? ""), `${about(e).kind ?? ""}/${about(e).name ?? ""}`, String(e.message ?? "").trim()]);
  }
  return ok(formatTable(rows));
}

export const eventsCommand: Command = {
  name: "events",
  valueFlags: ["namespace", "for", "types", "output"],
  boolFlags: ["all-namespaces", "no-headers"],
  run(ctx, args, flags) {
    // Upstream's events command takes no arguments and ignores any it is given.
    void args;
    return run(ctx, flags);
  },
};
