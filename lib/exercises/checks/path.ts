// Field paths as authors write them: "spec.containers[0].image", "metadata.labels.app",
// or an array of segments for keys containing dots ["metadata", "labels", "app.kubernetes.io/name"].
export type FieldPath = string | readonly (string | number)[];

export function pathSegments(path: FieldPath): (string | number)[] {
  if (typeof path !== "string") return [...path];
  const out: (string | number)[] = [];
  for (const part of path.split(".")) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

export function pathText(path: FieldPath): string {
  if (typeof path === "string") return path;
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : /^[A-Za-z0-9_-]+$/.test(s) ? `${i ? "." : ""}${s}` : `["${s}"]`)).join("");
}

/** The value at `path`, or undefined when any step is missing. */
export function getPath(obj: unknown, path: FieldPath): unknown {
  let cur: unknown = obj;
  for (const seg of pathSegments(path)) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
