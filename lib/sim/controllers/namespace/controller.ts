// Namespace controller (pkg/controller/namespace): once a namespace is Terminating it deletes
// every object in it, reports what remains in status conditions, and when the namespace is
// empty removes the "kubernetes" finalizer, letting the API server delete the namespace.
import type { Controller, ControllerContext, Lister, WatchEvent } from "../../types";
import { KINDS } from "../../kinds";
import { isApiError } from "../../api/errors";

const NAMESPACED = KINDS.filter((k) => k.namespaced).map((k) => k.resource);

function terminating(lister: Lister, ns: string | undefined): boolean {
  if (!ns) return false;
  return lister.get("namespaces", undefined, ns)?.metadata.deletionTimestamp !== undefined;
}

export const namespaceController: Controller = {
  name: "namespace-controller",
  watches: ["namespaces", ...NAMESPACED],
  keysFor(event: WatchEvent, lister: Lister): string[] {
    if (event.resource === "namespaces") return event.type !== "DELETED" && event.object.metadata.deletionTimestamp ? [event.object.metadata.name] : [];
    // Content leaving a terminating namespace may let it finish.
    const ns = event.object.metadata.namespace;
    return event.type === "DELETED" && terminating(lister, ns) ? [ns!] : [];
  },
  reconcile(name: string, ctx: ControllerContext): void {
    const ns = ctx.lister.get("namespaces", undefined, name);
    if (!ns?.metadata.deletionTimestamp) return;
    const remaining: Record<string, number> = {};
    for (const resource of NAMESPACED) {
      for (const obj of ctx.lister.list(resource, name)) {
        remaining[resource] = (remaining[resource] ?? 0) + 1;
        if (obj.metadata.deletionTimestamp) continue;
        try {
          ctx.api.delete(resource, name, obj.metadata.name, { propagationPolicy: "Background" });
        } catch (e) {
          if (!isApiError(e) || e.reason !== "NotFound") throw e;
        }
      }
    }
    const left = NAMESPACED.filter((r) => ctx.lister.list(r, name).length > 0);
    if (left.length > 0) {
      const counts = left.map((r) => `${r}. has ${ctx.lister.list(r, name).length} resource instances`).join(", ");
      setCondition(ctx, name, "NamespaceContentRemaining", "True", "SomeResourcesRemain", `Some resources are remaining: ${counts}`);
      return;
    }
    ctx.trace({ type: "reconcile", controller: "namespace-controller", key: name, message: `namespace ${name} is empty: removing finalizer kubernetes` });
    const finalizers = (ns.spec?.finalizers ?? []).filter((f: string) => f !== "kubernetes");
    try {
      ctx.api.patch("namespaces", undefined, name, { spec: { finalizers } });
    } catch (e) {
      if (!isApiError(e) || e.reason !== "NotFound") throw e;
    }
  },
};

function setCondition(ctx: ControllerContext, ns: string, type: string, status: string, reason: string, message: string): void {
  const obj = ctx.lister.get("namespaces", undefined, ns);
  if (!obj) return;
  const existing = ((obj.status?.conditions ?? []) as { type: string; status: string; message: string }[]);
  if (existing.some((c) => c.type === type && c.status === status && c.message === message)) return;
  const conditions = existing.filter((c) => c.type !== type);
  conditions.push({ type, status, lastTransitionTime: ctx.timestamp(), reason, message } as (typeof existing)[number]);
  ctx.api.patch("namespaces", undefined, ns, { status: { conditions } }, { status: true });
}
