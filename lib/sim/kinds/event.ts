// Event (core/v1): what components record about objects; printEvent columns.
import type { KindSpec, KubeObject, VirtualMs } from "../types";
import { sinceText } from "../node/time";

function lastSeen(o: KubeObject, now: VirtualMs, epoch?: number): string {
  const first = sinceText(o.firstTimestamp as string | undefined, now, epoch);
  const last = o.lastTimestamp ? sinceText(o.lastTimestamp as string, now, epoch) : first;
  const count = Number(o.count ?? 0);
  return count > 1 ? `${last} (x${count} over ${first})` : last;
}

function target(o: KubeObject): string {
  const ref = (o.involvedObject ?? {}) as { kind?: string; name?: string };
  const kind = String(ref.kind ?? "").toLowerCase();
  return ref.name ? `${kind}/${ref.name}` : kind;
}

export const eventKind: KindSpec = {
  kind: "Event",
  apiVersion: "v1",
  group: "",
  resource: "events",
  singular: "event",
  shortNames: ["ev"],
  namespaced: true,
  statusSubresource: false,
  tracksGeneration: false,
  columns: [
    { name: "Last Seen", priority: 0, cell: lastSeen },
    { name: "Type", priority: 0, cell: (o) => String(o.type ?? "") },
    { name: "Reason", priority: 0, cell: (o) => String(o.reason ?? "") },
    { name: "Object", priority: 0, cell: target },
    { name: "Subobject", priority: 1, cell: (o) => String((o.involvedObject as { fieldPath?: string })?.fieldPath ?? "") },
    { name: "Source", priority: 1, cell: (o) => sourceCell(o) },
    { name: "Message", priority: 0, cell: (o) => String(o.message ?? "").trim() },
    { name: "First Seen", priority: 1, cell: (o, now, epoch) => sinceText(o.firstTimestamp as string | undefined, now, epoch) },
    { name: "Count", priority: 1, cell: (o) => String(o.count ?? 0) },
    { name: "Name", priority: 1, cell: (o) => o.metadata.name },
  ],
};

function sourceCell(o: KubeObject): string {
  const src = (o.source ?? {}) as { component?: string; host?: string };
  const s = src.component ?? "";
  return src.host ? `${s}, ${src.host}` : s;
}
