// The Events section of kubectl describe (DescribeEvents): events about one object, oldest
// last-seen first, with "<age> (x<count> over <first-seen age>)" for repeated events.
import type { KubeObject } from "../../types";
import { sinceText } from "../../node/time";
import { LEVEL_0, LEVEL_1, type PrefixWriter } from "./prefixwriter";
import { rfc3339ToMs } from "../../node/time";

/** searchEvents: events whose involvedObject is this object (by uid, else kind + name). */
export function eventsFor(obj: KubeObject, events: readonly KubeObject[]): KubeObject[] {
  const m = obj.metadata;
  return events.filter((e) => {
    const io = (e.involvedObject ?? {}) as { uid?: string; name?: string; kind?: string; namespace?: string };
    return io.uid ? io.uid === m.uid : io.name === m.name && io.kind === obj.kind && (io.namespace ?? "") === (m.namespace ?? "");
  });
}

export function writeEvents(w: PrefixWriter, events: readonly KubeObject[] | undefined, now: number, epochMs?: number): void {
  if (events === undefined) return;
  if (events.length === 0) return w.write(LEVEL_0, "Events:\t<none>\n");
  w.flush();
  const when = (e: KubeObject) => rfc3339ToMs(String(e.lastTimestamp ?? e.eventTime ?? "")) || 0;
  const sorted = [...events].sort((a, b) => when(a) - when(b));
  w.write(LEVEL_0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
  w.write(LEVEL_1, "----\t------\t----\t----\t-------\n");
  for (const e of sorted) {
    const first = sinceText((e.eventTime as string | null) || (e.firstTimestamp as string | undefined), now, epochMs);
    const count = Number(e.count ?? 1);
    const interval = count > 1 ? `${sinceText(e.lastTimestamp as string, now, epochMs)} (x${count} over ${first})` : first;
    const source = (e.source as { component?: string } | undefined)?.component || (e.reportingComponent as string) || "";
    w.write(LEVEL_1, `${e.type ?? ""}\t${e.reason ?? ""}\t${interval}\t${source}\t${String(e.message ?? "").trim()}\n`);
  }
}
