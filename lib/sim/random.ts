// Seeded PRNG owned by one cluster (sfc32: small, fast, 128-bit state that serialises as four
// numbers). Never module state: two clusters never share a stream, and a snapshot restores it.
import type { Random } from "./types";

/** apimachinery pkg/util/rand: consonants and digits without vowels or look-alikes. */
export const NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

export type RandomState = [number, number, number, number];

export class SeededRandom implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | RandomState = 1) {
    if (Array.isArray(seed)) {
      [this.a, this.b, this.c, this.d] = seed;
      return;
    }
    // Spread the seed over the state with splitmix-like constants, then warm up.
    const s = Math.trunc(seed) >>> 0;
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = s ^ 0xdeadbeef;
    for (let i = 0; i < 15; i++) this.u32();
  }

  /** Next 32-bit unsigned integer (sfc32). */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.u32() / 4294967296;
  }

  int(max: number): number {
    if (!(max > 0)) return 0;
    return Math.floor(this.next() * Math.floor(max));
  }

  string(length: number, alphabet: string): string {
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  state(): RandomState {
    return [this.a, this.b, this.c, this.d];
  }
}

const HEX = "0123456789abcdef";

/** A v4-shaped UUID drawn from the cluster's stream (metadata.uid). */
export function uuid(random: Random): string {
  let s = "";
  for (let i = 0; i < 32; i++) {
    let n = random.int(16);
    if (i === 12) n = 4;
    else if (i === 16) n = 8 + (n & 3);
    s += HEX[n];
    if (i === 7 || i === 11 || i === 15 || i === 19) s += "-";
  }
  return s;
}

/** The 5-character suffix the API server appends to metadata.generateName. */
export const generateNameSuffix = (random: Random): string => random.string(5, NAME_ALPHABET);
