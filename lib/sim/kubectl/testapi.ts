// A minimal in-memory ApiClient for kubectl's unit tests (the real one is core's api/):
// stores objects by resource/namespace/name, applies KindSpec defaults, JSON merge patch,
// label selectors; errors carry reason + message like api/errors.ts.
import type { ApiClient, KindSpec, KubeObject, ObjectInput } from "../types";
import { parseSelector } from "../labels/parser";
import { groupResource } from "./resources";

class FakeApiError extends Error {
  constructor(public reason: string, message: string) { super(message); }
}

function mergePatch(target: any, patch: any): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return patch;
  const out = typeof target === "object" && target !== null && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

export function fakeApi(kinds: readonly KindSpec[]): ApiClient & { objects: Map<string, KubeObject> } {
  const objects = new Map<string, KubeObject>();
  let rv = 1;
  const spec = (resource: string) => kinds.find((k) => k.resource === resource) as KindSpec;
  const key = (r: string, ns: string | undefined, n: string) => `${r}/${ns ?? ""}/${n}`;
  const notFound = (r: string, n: string) => new FakeApiError("NotFound", `${groupResource(spec(r))} "${n}" not found`);
  const api = {
    objects,
    create(input: ObjectInput): KubeObject {
      const k = kinds.find((s) => s.kind === input.kind) as KindSpec;
      const obj = structuredClone(input) as KubeObject;
      obj.metadata = { ...obj.metadata, name: input.metadata?.name ?? "", uid: `uid-${rv}`, resourceVersion: String(++rv), creationTimestamp: "2026-01-01T00:00:00Z" };
      const id = key(k.resource, obj.metadata.namespace, obj.metadata.name);
      if (objects.has(id)) throw new FakeApiError("AlreadyExists", `${groupResource(k)} "${obj.metadata.name}" already exists`);
      k.defaults?.(obj);
      objects.set(id, obj);
      return obj;
    },
    update(obj: KubeObject) { objects.set(key(spec(obj.kind.toLowerCase() + "s").resource, obj.metadata.namespace, obj.metadata.name), obj); return obj; },
    updateStatus(obj: KubeObject) { return obj; },
    patch(resource: string, ns: string | undefined, name: string, patch: object) {
      const cur = objects.get(key(resource, ns, name));
      if (!cur) throw notFound(resource, name);
      const next = mergePatch(cur, patch) as KubeObject;
      next.metadata.resourceVersion = String(++rv);
      spec(resource).defaults?.(next);
      objects.set(key(resource, ns, name), next);
      return next;
    },
    delete(resource: string, ns: string | undefined, name: string) {
      if (!objects.delete(key(resource, ns, name))) throw notFound(resource, name);
      return undefined;
    },
    get(resource: string, ns: string | undefined, name: string) {
      const o = objects.get(key(resource, ns, name));
      if (!o) throw notFound(resource, name);
      return o;
    },
    list(resource: string, ns?: string, opts?: { labelSelector?: string }) {
      const sel = parseSelector(opts?.labelSelector ?? "");
      const items = [...objects.values()]
        .filter((o) => spec(resource).kind === o.kind && (ns === undefined || o.metadata.namespace === ns) && sel.matches(o.metadata.labels ?? {}))
        .sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
      return { items, resourceVersion: String(rv) };
    },
  };
  return api;
}
