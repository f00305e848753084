// kubectl describe networkpolicy (describe.go describeNetworkPolicy): the pod selector, then per
// direction the allowed ports and peers, or why the direction is unaffected / isolated.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from "../../types";
import { formatLabelSelector } from "../../labels";
import { rfc3339ToMs } from "../../node/time";
import { civilFromDays } from "../../clock";
import { policyTypes } from "../../network/netpol";
import { LEVEL_0, LEVEL_1, LEVEL_2, PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from "./prefixwriter";

const pad = (n: number) => String(n).padStart(2, "0");

/** Go's time.Time.String() in UTC: "2026-01-01 00:01:00 +0000 UTC". */
function goTime(ts: string): string {
  const ms = rfc3339ToMs(ts);
  if (Number.isNaN(ms)) return ts;
  const days = Math.floor(ms / 86_400_000);
  const [y, m, d] = civilFromDays(days);
  const s = Math.floor((ms - days * 86_400_000) / 1000);
  return `${y}-${pad(m)}-${pad(d)} ${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)} +0000 UTC`;
}

function rules(w: PrefixWriter, list: any[], dir: "ingress" | "egress", indent: string): void {
  const peers = dir === "ingress" ? "From" : "To";
  if (list.length === 0) {
    w.write(LEVEL_0, `${indent}<none> (Selected pods are isolated for ${dir} connectivity)\n`);
    return;
  }
  list.forEach((r, i) => {
    const ports: any[] = r?.ports ?? [];
    if (ports.length === 0) w.write(LEVEL_0, `${indent}To Port: <any> (traffic allowed to all ports)\n`);
    for (const p of ports) w.write(LEVEL_0, `${indent}To Port: ${p.port ?? "<nil>"}/${p.protocol ?? "TCP"}\n`);
    const ps: any[] = r?.[peers.toLowerCase()] ?? [];
    if (ps.length === 0) w.write(LEVEL_0, `${indent}${peers}: <any> (traffic not restricted by ${dir === "ingress" ? "source" : "destination"})\n`);
    else {
      w.write(LEVEL_0, `${indent}${peers}:\n`);
      for (const peer of ps) {
        if (peer.podSelector && peer.namespaceSelector) {
          w.write(LEVEL_0, indent);
          w.write(LEVEL_1, `NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
          w.write(LEVEL_0, indent);
          w.write(LEVEL_1, `PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
        } else if (peer.podSelector || peer.namespaceSelector) {
          w.write(LEVEL_0, indent);
          w.write(LEVEL_1, peer.podSelector ? `PodSelector: ${formatLabelSelector(peer.podSelector)}\n` : `NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
        } else if (peer.ipBlock) {
          w.write(LEVEL_0, indent);
          w.write(LEVEL_1, "IPBlock:\n");
          w.write(LEVEL_0, indent);
          w.write(LEVEL_2, `CIDR: ${peer.ipBlock.cidr}\n`);
          w.write(LEVEL_0, indent);
          w.write(LEVEL_2, `Except: ${(peer.ipBlock.except ?? []).join(", ")}\n`);
        }
      }
    }
    if (i !== list.length - 1) w.write(LEVEL_0, `${indent}----------\n`);
  });
}

export function describeNetworkPolicy(np: KubeObject): string {
  const w = new PrefixWriter();
  const spec = np.spec ?? {};
  w.write(LEVEL_0, `Name:\t${np.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${np.metadata.namespace ?? ""}\n`);
  w.write(LEVEL_0, `Created on:\t${goTime(np.metadata.creationTimestamp)}\n`);
  printLabelsMultiline(w, "Labels", np.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", np.metadata.annotations);
  w.write(LEVEL_0, "Spec:\n");
  w.write(LEVEL_1, "PodSelector: ");
  const sel = spec.podSelector ?? {};
  if (Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0) w.write(LEVEL_2, "<none> (Allowing the specific traffic to all pods in this namespace)\n");
  else w.write(LEVEL_2, `${formatLabelSelector(sel)}\n`);
  const types = policyTypes(np);
  if (types.includes("Ingress")) {
    w.write(LEVEL_1, "Allowing ingress traffic:\n");
    rules(w, spec.ingress ?? [], "ingress", "    ");
  } else w.write(LEVEL_1, "Not affecting ingress traffic\n");
  if (types.includes("Egress")) {
    w.write(LEVEL_1, "Allowing egress traffic:\n");
    rules(w, spec.egress ?? [], "egress", "    ");
  } else w.write(LEVEL_1, "Not affecting egress traffic\n");
  w.write(LEVEL_1, `Policy Types: ${types.join(", ")}\n`);
  // kubectl 1.3x prints no Events section for NetworkPolicies (none are ever recorded for them).
  return w.toString();
}
