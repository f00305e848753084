// Property tests for manifests through `kubectl apply -f -` (fast-check, fixed seeds): random
// documents, valid manifests mutated at random paths (wrong types, removed fields, unicode and
// over-long names), YAML alias bombs, documents over the size cap, deep nesting. No exception
// escapes, a refusal is kubectl's or the API server's error text and changes nothing, and the
// cluster's invariants hold after every step.
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { createCluster, type SimCluster } from "../../cluster";
import { trackInvariants } from "../../testing/invariants";

const JS_LEAK = /\bundefined\b|TypeError|ReferenceError|is not a function|Cannot read prop|\bNaN\b|\[object |at Object\.|\.ts:\d+/;
const REFUSAL = /^(error: |Error from server|The [A-Za-z]+ "[^\n]*" is invalid|Warning: )/m;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const VALID: Record<string, Json>[] = [
  { apiVersion: "v1", kind: "Pod", metadata: { name: "p", labels: { app: "p" } }, spec: { containers: [{ name: "c", image: "nginx:1.25", ports: [{ containerPort: 80 }] }] } },
  {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "d" },
    spec: { replicas: 2, selector: { matchLabels: { app: "d" } }, template: { metadata: { labels: { app: "d" } }, spec: { containers: [{ name: "c", image: "nginx:1.25" }] } } },
  },
  { apiVersion: "v1", kind: "Service", metadata: { name: "s" }, spec: { selector: { app: "d" }, ports: [{ port: 80, targetPort: 80 }] } },
  { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cm" }, data: { a: "1" } },
  { apiVersion: "v1", kind: "Namespace", metadata: { name: "team-a" } },
  { apiVersion: "batch/v1", kind: "Job", metadata: { name: "j" }, spec: { template: { spec: { restartPolicy: "Never", containers: [{ name: "c", image: "busybox:1.36", command: ["sh", "-c", "exit 0"] }] } } } },
  {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "st" },
    spec: { serviceName: "s", replicas: 1, selector: { matchLabels: { app: "st" } }, template: { metadata: { labels: { app: "st" } }, spec: { containers: [{ name: "c", image: "nginx:1.25" }] } } },
  },
  {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "ds" },
    spec: { selector: { matchLabels: { app: "ds" } }, template: { metadata: { labels: { app: "ds" } }, spec: { containers: [{ name: "c", image: "nginx:1.25" }] } } },
  },
];

/** Every path into a JSON value (objects and arrays), for mutation. */
function paths(v: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...prefix, i])));
  else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, k]));
  return out;
}

function mutate(doc: Json, path: (string | number)[], op: "set" | "delete", value: Json): Json {
  if (path.length === 0) return op === "set" ? value : null;
  const copy = structuredClone(doc) as Record<string | number, Json>;
  let at: Record<string | number, Json> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (op === "delete") {
    if (Array.isArray(at)) at.splice(Number(last), 1);
    else delete at[last];
  } else at[last] = value;
  return copy;
}

const weirdName = fc.oneof(
  fc.constantFrom("a".repeat(254), "a".repeat(253), "b".repeat(64), "ñame", "名前", "UPPER", "-lead", "trail-", "dot.ted", "a..b", "", " ", "a/b", "..", "%2F", "🙂", "x\u0000y"),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?$/),
);
const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, -2147483649, "", "x", [], {}, [1, "a"], { a: { b: "c" } }, "9999999999999999999999"),
  weirdName,
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

const mutated = fc
  .tuple(fc.constantFrom(...VALID), fc.nat(), fc.constantFrom<"set" | "delete">("set", "set", "delete"), wrongValue, fc.boolean())
  .map(([doc, pick, op, value, asJson]) => {
    const all = paths(doc).filter((p) => p.length > 0);
    const target = all[pick % all.length]!;
    const out = mutate(doc, target, op, value);
    return asJson ? JSON.stringify(out) : stringify(out);
  });
const renamed = fc.tuple(fc.constantFrom(...VALID), weirdName).map(([doc, name]) => stringify({ ...doc, metadata: { ...(doc.metadata as object), name } }));
const randomDoc = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => stringify(v)),
  fc.record({ apiVersion: fc.constantFrom("v1", "apps/v1", "batch/v1", "x/v9", ""), kind: fc.constantFrom("Pod", "Deployment", "Service", "List", "Node", "Nope"), metadata: fc.jsonValue({ maxDepth: 2 }), spec: fc.jsonValue({ maxDepth: 3 }) }).map((v) => stringify(v)),
);
const manifest = fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 2, arbitrary: renamed }, { weight: 2, arbitrary: randomDoc }, { weight: 1, arbitrary: fc.array(mutated, { minLength: 2, maxLength: 4 }).map((d) => d.join("\n---\n")) });

function fresh(seed: number): SimCluster {
  const c = createCluster({ seed });
  c.settle();
  return c;
}

/** What a refused apply must leave alone: every object's name and resourceVersion. */
function fingerprint(c: SimCluster): string {
  const { store, kinds } = c.internals;
  return kinds
    .filter((k) => k.resource !== "events")
    .flatMap((k) => store.list(k.resource).map((o) => `${k.resource}/${o.metadata.namespace ?? ""}/${o.metadata.name}@${o.metadata.resourceVersion}`))
    .join("\n");
}

describe("manifest fuzz through kubectl apply (fast-check)", () => {
  it("random and mutated manifests: no throw, kubectl/API error texts, invariants hold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.array(manifest, { minLength: 1, maxLength: 6 }), (seed, docs) => {
        const c = fresh(seed);
        const inv = trackInvariants(c);
        for (const yaml of docs) {
          const verb = seed % 3 === 0 ? "create -f -" : "apply -f -";
          const r = c.kubectl(verb, yaml);
          const out = r.stdout + r.stderr;
          expect(JS_LEAK.test(out), `${verb}\n${yaml.slice(0, 400)}\n→ ${out.slice(0, 400)}`).toBe(false);
          expect([0, 1]).toContain(r.exitCode);
          if (r.exitCode !== 0) expect(r.stderr, yaml.slice(0, 400)).toMatch(REFUSAL);
          expect(inv.check(), `after ${verb}\n${yaml.slice(0, 400)}`).toEqual([]);
        }
        c.advance(30);
        expect(inv.check()).toEqual([]);
      }),
      { seed: 1202, numRuns: 60 },
    );
  }, 120_000);

  it("a single-document refusal changes nothing in the cluster", () => {
    const c = fresh(5);
    fc.assert(
      fc.property(fc.oneof(mutated, renamed), (yaml) => {
        if (yaml.includes("\n---\n")) return;
        const before = fingerprint(c);
        const r = c.kubectl("create -f -", yaml);
        if (r.exitCode !== 0) {
          expect(fingerprint(c), `refused yet changed the cluster:\n${yaml.slice(0, 400)}\n${r.stderr}`).toBe(before);
        } else {
          // Accepted: undo, so the next case starts from the same cluster.
          c.kubectl("delete -f - --wait=false --grace-period=0 --force", yaml);
          c.settle();
        }
      }),
      { seed: 77, numRuns: 120 },
    );
  }, 120_000);

  it("hostile documents: alias bombs, 10 MB, deep nesting, over-long and unicode names", () => {
    const c = fresh(9);
    const inv = trackInvariants(c);
    const levels = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${levels
      .slice(1)
      .map((l, i) => `  ${l}: &${l} [${Array(9).fill(`*${levels[i]}`).join(",")}]`)
      .join("\n")}\n`;
    const cases: [string, string, RegExp][] = [
      ["billion laughs", bomb, /^error: error parsing STDIN: .*(alias|resource exhaustion)/i],
      ["10 MB document", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  k: ${"x".repeat(10 * 1024 * 1024)}\n`, /^error: error reading STDIN: input is larger than/],
      ["deep flow nesting", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\n  labels: ${"[".repeat(3000)}${"]".repeat(3000)}\n`, /^error: error parsing STDIN/],
      ["deep JSON nesting", JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "deep" }, spec: JSON.parse(`${'{"a":'.repeat(2000)}1${"}".repeat(2000)}`) }), /^(error: error parsing STDIN|Error from server \(BadRequest\))/],
      ["name of 254 characters", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${"a".repeat(254)}\n`, /^The ConfigMap "a+" is invalid: metadata.name: Invalid value: "a+": must be no more than 253 characters/],
      ["unicode name", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "名前"\n`, /^The ConfigMap "名前" is invalid: metadata.name: Invalid value: "名前": a lowercase RFC 1123 subdomain/],
      ["name of the wrong type", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: [a]\n`, /^Error from server \(BadRequest\)/],
      ["501 documents", Array.from({ length: 501 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`).join("---\n"), /^error: error reading STDIN: more than 500 documents/],
    ];
    for (const [label, yaml, expected] of cases) {
      const before = fingerprint(c);
      const r = c.kubectl("apply -f -", yaml);
      expect(r.exitCode, label).toBe(1);
      expect(r.stderr, label).toMatch(expected);
      expect(fingerprint(c), `${label} changed the cluster`).toBe(before);
      expect(inv.check(), label).toEqual([]);
    }
    // A name of exactly 253 characters is accepted (the boundary).
    expect(c.kubectl("apply -f -", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${"a".repeat(253)}\n`).exitCode).toBe(0);
    expect(inv.check()).toEqual([]);
    // Bounded by the test's timeout: the nine hostile documents together take a few seconds.
  }, 30_000);
});
