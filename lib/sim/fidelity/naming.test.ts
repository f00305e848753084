// Fidelity cases of group "naming": hash alphabet and encoding (util/hash.ts). Cases about the
// names controllers give their objects run once those controllers exist.
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";
import { computeHash, safeEncodeString, SAFE_ALPHABET } from "../util/hash";
import { createCluster } from "../cluster";

/* eslint-disable @typescript-eslint/no-explicit-any */
const cases: any[] = (vectors as any).cases.filter((c: any) => c.group === "naming");
const byId = (id: string) => cases.find((c: any) => c.id === id);

describe("fidelity: naming", () => {
  it("covers every naming case", () => expect(cases.length).toBe(7));

  it("NM-HASH-01 each decimal digit's encoding", () => {
    const c = byId("NM-HASH-01");
    for (const d of c.input.decimalDigit) expect(safeEncodeString(d)).toBe(c.expected.encoded[d]);
  });

  for (const id of ["NM-HASH-02", "NM-HASH-03", "NM-HASH-05"]) {
    it(`${id} SafeEncodeString of an FNV sum`, () => {
      const c = byId(id);
      expect(safeEncodeString(c.input.fnv32aSum)).toBe(c.expected.podTemplateHash);
    });
  }

  it("NM-HASH-06 computed pod-template-hashes match the documented pattern", () => {
    const re = new RegExp(byId("NM-HASH-06").expected.regex);
    for (let i = 0; i < 200; i++) {
      const h = computeHash({ metadata: { labels: { app: `a${i}` } }, spec: { containers: [{ name: "c", image: `nginx:1.${i}` }] } });
      expect(h).toMatch(re);
    }
    for (let n = 0; n < 50; n++) expect(computeHash({ x: 1 }, n)).toMatch(re);
  });

  it("NM-RS-01 ReplicaSet <deployment>-<pod-template-hash>; the hash label on RS labels, selector and template, not on the Deployment", () => {
    // The hash value itself differs from Go's (util/hash.ts hashes canonical JSON, not Go's
    // spew output), so the case's literal "75675f5897" is replaced by the hash the RS got.
    const c = byId("NM-RS-01");
    const cluster = createCluster();
    cluster.kubectl(
      "apply -f -",
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${c.input.deployment}\nspec:\n  selector:\n    matchLabels: {app: nginx}\n  template:\n    metadata:\n      labels: {app: nginx}\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.25\n`,
    );
    const d = cluster.internals.lister.get("deployments", "default", c.input.deployment)!;
    const [rs] = cluster.internals.lister.list("replicasets", "default");
    const hash = rs!.metadata.labels!["pod-template-hash"]!;
    expect(hash).toBe(computeHash(d.spec.template, d.status?.collisionCount));
    const sub = (v: unknown) => JSON.parse(JSON.stringify(v).replaceAll(c.input.podTemplateHash, hash));
    expect(rs!.metadata.name).toBe(sub(c.expected.replicaSetName));
    expect(rs!.metadata.labels).toEqual(sub(c.expected["rs.labels"]));
    expect(rs!.spec.selector.matchLabels).toEqual(sub(c.expected["rs.spec.selector.matchLabels"]));
    expect(rs!.spec.template.metadata.labels).toEqual(sub(c.expected["rs.spec.template.metadata.labels"]));
    expect(d.spec.selector.matchLabels).toEqual({ app: "nginx" });
    expect(d.spec.template.metadata.labels).toEqual({ app: "nginx" });
  });

  it("NM-JOB-01 generateName suffix alphabet is the safe alphabet", () => {
    const re = /^pi-[bcdfghjklmnpqrstvwxz2456789]{5}$/;
    expect(new RegExp(byId("NM-JOB-01").expected.podNameRegex).source).toBe(re.source);
    expect(SAFE_ALPHABET).toBe("bcdfghjklmnpqrstvwxz2456789");
  });
});
