// Names derived from hashes, as the controllers make them (apimachinery util/rand
// SafeEncodeString, kubernetes pkg/controller ComputeHash).
//
// Simplification: upstream hashes the Go PodTemplateSpec through a spew deep printer
// (DeepHashObject). We cannot reproduce Go's printed form byte for byte, so we hash a
// canonical JSON (keys sorted) of the template. The hash is still FNV-32a, stable for equal
// templates, changes when the template changes, and uses the same alphabet and length.

/** No vowels (no accidental words) and no 0/1/3 (look like letters). */
export const SAFE_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

/** FNV-1a 32-bit over UTF-8 bytes. */
export function fnv32a(bytes: Uint8Array, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/** rand.SafeEncodeString: each character c becomes SAFE_ALPHABET[code(c) % 27]. */
export function safeEncodeString(s: string): string {
  let out = "";
  for (const ch of s) out += SAFE_ALPHABET[(ch.codePointAt(0) ?? 0) % SAFE_ALPHABET.length];
  return out;
}

/** JSON with object keys sorted at every level, so equal values hash equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

/** controller.ComputeHash: pod-template-hash of a template and optional collisionCount. */
export function computeHash(template: unknown, collisionCount?: number | null): string {
  const body = utf8(canonicalJson(template));
  let h = fnv32a(body);
  if (collisionCount !== undefined && collisionCount !== null) {
    // Upstream appends the count as 4 little-endian bytes to the same hasher.
    const c = collisionCount >>> 0;
    h = fnv32a(new Uint8Array([c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff]), h);
  }
  return safeEncodeString(String(h));
}
