// Strategic merge patch (apimachinery strategicpatch) for the built-in kinds the simulator has.
// Maps merge as in a JSON merge patch (null deletes); lists whose Go field carries
// `patchStrategy:"merge" patchMergeKey:"<key>"` merge item by item on that key (patch items
// replace-merge the matching item, new ones are appended, `$patch: delete` removes one),
// `finalizers` merges as a primitive set, every other list is replaced. Directives:
// `$patch: replace|delete` on maps, `$deleteFromPrimitiveList/<field>`; `$setElementOrder/…`
// and `$retainKeys` are accepted and dropped (ordering is the original's, new items last).
import { deepClone, deepEqual } from "../../store";

type Json = unknown;
type Obj = Record<string, Json>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

export class StrategicPatchError extends Error {}

const POD_SPEC_LISTS: Record<string, string> = {
  containers: "name", initContainers: "name", ephemeralContainers: "name", volumes: "name",
  imagePullSecrets: "name", hostAliases: "ip", topologySpreadConstraints: "topologyKey",
  schedulingGates: "name", resourceClaims: "name",
};
const CONTAINER_LISTS: Record<string, string> = { ports: "containerPort", env: "name", volumeMounts: "mountPath", volumeDevices: "devicePath" };
const CONTAINER_FIELDS = new Set(["containers", "initContainers", "ephemeralContainers"]);

/**
 * The merge key of the list at `path` (field names from the object root, no indices), "" for a
 * list of primitives merged as a set, undefined for an atomic (replaced) list.
 */
export function mergeKeyFor(kind: string, path: readonly string[]): string | undefined {
  const field = path.at(-1) ?? "";
  const parent = path.at(-2) ?? "";
  if (path.length === 2 && path[0] === "metadata") return field === "ownerReferences" ? "uid" : field === "finalizers" ? "" : undefined;
  if (field === "conditions" && path[0] === "status") return "type";
  if (CONTAINER_FIELDS.has(parent)) return CONTAINER_LISTS[field];
  if (parent === "spec" && kind === "Service" && path.length === 2 && field === "ports") return "port";
  // A pod spec: the Pod's own, or a template's (spec.template.spec, spec.jobTemplate.spec.template.spec).
  if (parent === "spec" && (kind === "Pod" ? path.length === 2 : path.at(-3) === "template")) return POD_SPEC_LISTS[field];
  return undefined;
}

/** Applies `patch` to `original` (not modified); throws StrategicPatchError for malformed directives. */
export function strategicMerge(kind: string, original: Json, patch: Obj): Json {
  return mergeMap(kind, [], isObj(original) ? original : {}, patch);
}

function mergeMap(kind: string, path: string[], original: Obj, patch: Obj): Obj {
  const directive = patch.$patch;
  if (directive === "replace") {
    const out = deepClone(patch);
    delete out.$patch;
    return stripDirectives(out) as Obj;
  }
  if (directive === "delete") return {};
  if (directive !== undefined && directive !== "merge") throw new StrategicPatchError(`Unknown patch type: ${String(directive)} in map: ${JSON.stringify(patch)}`);
  const out: Obj = deepClone(original);
  for (const [k, v] of Object.entries(patch)) {
    if (k === "$patch" || k === "$retainKeys" || k.startsWith("$setElementOrder/")) continue;
    if (k.startsWith("$deleteFromPrimitiveList/")) {
      const field = k.slice("$deleteFromPrimitiveList/".length);
      if (!Array.isArray(v)) throw new StrategicPatchError("invalid patch format for primitive list");
      if (Array.isArray(out[field])) out[field] = (out[field] as Json[]).filter((x) => !v.some((d) => deepEqual(d, x)));
      continue;
    }
    if (v === null) { delete out[k]; continue; }
    const cur = out[k];
    const here = [...path, k];
    if (isObj(v)) out[k] = mergeMap(kind, here, isObj(cur) ? cur : {}, v);
    else if (Array.isArray(v)) out[k] = mergeList(kind, here, Array.isArray(cur) ? cur : [], v);
    else out[k] = deepClone(v);
  }
  return out;
}

function mergeList(kind: string, path: string[], original: Json[], patch: Json[]): Json[] {
  const key = mergeKeyFor(kind, path);
  if (key === undefined) return stripDirectives(deepClone(patch)) as Json[];
  if (key === "") {
    const out = deepClone(original);
    for (const v of patch) if (!out.some((x) => deepEqual(x, v))) out.push(deepClone(v));
    return out;
  }
  // `[{"$patch": "replace"}, …items]` replaces the whole list with the other items.
  if (patch.some((p) => isObj(p) && p.$patch === "replace" && !(key in p))) {
    return stripDirectives(patch.filter((p) => !(isObj(p) && p.$patch === "replace" && !(key in p)))) as Json[];
  }
  const out = deepClone(original);
  for (const p of patch) {
    if (!isObj(p)) throw new StrategicPatchError("invalid patch format for list");
    if (!(key in p)) throw new StrategicPatchError(`map: ${goMap(p)} does not contain declared merge key: ${key}`);
    const at = out.findIndex((x) => isObj(x) && deepEqual(x[key], p[key]));
    if (p.$patch === "delete") {
      if (at >= 0) out.splice(at, 1);
      continue;
    }
    if (at >= 0) out[at] = mergeMap(kind, path, out[at] as Obj, p);
    else out.push(mergeMap(kind, path, {}, p));
  }
  return out;
}

function stripDirectives(v: Json): Json {
  if (Array.isArray(v)) return v.map(stripDirectives);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith("$")) out[k] = stripDirectives(x);
  return out;
}

/** Go's %v of a map[string]interface{} (keys sorted), for error texts. */
export function goMap(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(goMap).join(" ")}]`;
  if (isObj(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goMap(v[k])}`).join(" ")}]`;
  return v === null ? "<nil>" : String(v);
}

/** The JSON merge patch that turns `from` into `to` (null for removed keys, lists whole). */
export function mergeDiff(from: Json, to: Json): Obj {
  const a = isObj(from) ? from : {};
  const b = isObj(to) ? to : {};
  const out: Obj = {};
  for (const k of Object.keys(a)) if (!(k in b)) out[k] = null;
  for (const [k, v] of Object.entries(b)) {
    if (deepEqual(a[k], v)) continue;
    if (isObj(v) && isObj(a[k])) {
      const d = mergeDiff(a[k], v);
      if (Object.keys(d).length > 0) out[k] = d;
    } else out[k] = deepClone(v);
  }
  return out;
}
