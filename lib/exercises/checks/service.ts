// "The Service routes to N ready pods": read from the Service's Endpoints (core/v1), whose
// subsets list ready addresses under `addresses` and the others under `notReadyAddresses`.
// When it fails, the message explains from the cluster's state why — the usual cause is a
// selector that matches no pod labels — rather than only saying "no endpoints".
import type { ApiObject, Check } from "../types";
import { fail, pass, stateCheck } from "./define";
import { isPodReady, plural } from "./objects";

interface Subset {
  addresses?: { ip: string; targetRef?: { name?: string } }[];
  notReadyAddresses?: { ip: string }[];
}

const selectorText = (sel: Record<string, string>) =>
  Object.entries(sel)
    .map(([k, v]) => `${k}=${v}`)
    .join(",");

export function serviceRoutesTo(id: string, ref: { namespace?: string; name: string }, count: number, opts: { mode?: "exactly" | "atLeast"; title?: string } = {}): Check {
  const ns = ref.namespace ?? "default";
  const what = `service/${ref.name}${ns !== "default" ? ` in namespace ${ns}` : ""}`;
  const mode = opts.mode ?? "atLeast";
  return stateCheck(id, opts.title ?? `${what} routes to ${mode === "atLeast" ? "at least " : ""}${plural(count, "ready pod")}`, ({ cluster }) => {
    const svc = cluster.get("services", ns, ref.name);
    if (!svc) return fail(`There is no ${what} in the cluster.`);
    const selector = (svc.spec?.selector ?? {}) as Record<string, string>;
    const ep = cluster.get("endpoints", ns, ref.name) as (ApiObject & { subsets?: Subset[] }) | undefined;
    const ready = (ep?.subsets ?? []).reduce((n, s) => n + (s.addresses?.length ?? 0), 0);
    const ok = mode === "atLeast" ? ready >= count : ready === count;
    if (ok) return pass(`${what} routes to ${plural(ready, "ready pod")}.`);
    const expected = `expected ${mode === "atLeast" ? "at least " : ""}${count}`;
    if (Object.keys(selector).length === 0) return fail(`${what} has no selector, so no pod is routed to; ${expected}.`);
    const sel = selectorText(selector);
    const matching = cluster.list("pods", ns, sel).filter((p) => !p.metadata.deletionTimestamp);
    if (matching.length === 0) {
      return fail(`${what} routes to no pod: its selector ${sel} matches no pod labels${ns !== "default" ? ` in namespace ${ns}` : ""}; ${expected}.`);
    }
    const readyPods = matching.filter(isPodReady).length;
    if (readyPods < matching.length && ready < count) {
      return fail(`${what} routes to ${plural(ready, "ready pod")}: its selector ${sel} matches ${plural(matching.length, "pod")}, of which ${readyPods} ${readyPods === 1 ? "is" : "are"} Ready; ${expected}.`);
    }
    return fail(`${what} routes to ${plural(ready, "ready pod")}; ${expected}.`);
  });
}
