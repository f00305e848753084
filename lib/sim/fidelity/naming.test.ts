// Fidelity cases of group "naming": hash alphabet and encoding (util/hash.ts). Cases about the
// names controllers give their objects run once those controllers exist.
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";
import { computeHash, safeEncodeString, SAFE_ALPHABET } from "../util/hash";

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

  it.todo("NM-RS-01 ReplicaSet name/labels from the deployment controller (workloads helper's controllers/deployment)");

  it("NM-JOB-01 generateName suffix alphabet is the safe alphabet", () => {
    const re = /^pi-[bcdfghjklmnpqrstvwxz2456789]{5}$/;
    expect(new RegExp(byId("NM-JOB-01").expected.podNameRegex).source).toBe(re.source);
    expect(SAFE_ALPHABET).toBe("bcdfghjklmnpqrstvwxz2456789");
  });
});
