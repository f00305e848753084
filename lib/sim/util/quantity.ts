// resource.Quantity as apimachinery parses and prints it (pkg/api/resource/quantity.go,
// suffix.go): values are kept exactly as integer nano-units (rounded up, away from zero, to
// nano precision as upstream does) and printed in the canonical form of their format family.

export type QuantityFormat = "DecimalSI" | "BinarySI" | "DecimalExponent";

export const ErrFormatWrong =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const ErrSuffix = "unable to parse quantity's suffix";

const NANO = 1_000_000_000n;
/** Upstream caps parsed values at the largest int64 (maxAllowed). */
const MAX_NANO = ((1n << 63n) - 1n) * NANO;

const DEC_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BIN_SUFFIX: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DEC_BY_EXP = new Map(Object.entries(DEC_SUFFIX).map(([s, e]) => [e, s]));
const BIN_BY_EXP = new Map(Object.entries(BIN_SUFFIX).map(([s, e]) => [e / 10, s]));

export interface Quantity {
  readonly format: QuantityFormat;
  /** Exact value in nano-units. */
  readonly nano: bigint;
  toString(): string;
  /** Value rounded up (away from zero) to an integer, like Quantity.Value(). */
  value(): number;
  /** Value in milli-units rounded up, like Quantity.MilliValue(). */
  milliValue(): number;
  cmp(other: Quantity): -1 | 0 | 1;
  isZero(): boolean;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  // a >= 0, b > 0; away from zero for the magnitude.
  return (a + b - 1n) / b;
}

function scaled(nano: bigint, unitNano: bigint): number {
  const neg = nano < 0n;
  const mag = ceilDiv(neg ? -nano : nano, unitNano);
  return Number(neg ? -mag : mag);
}

function canonical(nano: bigint, format: QuantityFormat): string {
  if (nano === 0n) return "0";
  const neg = nano < 0n;
  const mag = neg ? -nano : nano;
  const sign = neg ? "-" : "";
  let fmt = format;
  if (fmt === "BinarySI") {
    // Small or fractional binary values print as DecimalSI so nothing is rounded.
    if (mag < 1024n * NANO || mag % NANO !== 0n) fmt = "DecimalSI";
  }
  if (fmt === "BinarySI") {
    let m = mag / NANO;
    let e = 0;
    while (e < 6 && m % 1024n === 0n) { m /= 1024n; e++; }
    return `${sign}${m}${BIN_BY_EXP.get(e) ?? ""}`;
  }
  // value = m * 10^e with m free of trailing zeros, then e lowered to a multiple of 3.
  let m = mag;
  let e = -9;
  while (m % 10n === 0n) { m /= 10n; e++; }
  while (((e % 3) + 3) % 3 !== 0) { m *= 10n; e--; }
  if (fmt === "DecimalExponent") return `${sign}${m}${e === 0 ? "" : `e${e}`}`;
  const suffix = DEC_BY_EXP.get(e);
  return suffix === undefined ? `${sign}${m}e${e}` : `${sign}${m}${suffix}`;
}

export function makeQuantity(nano: bigint, format: QuantityFormat): Quantity {
  return {
    format,
    nano,
    toString: () => canonical(nano, format),
    value: () => scaled(nano, NANO),
    milliValue: () => scaled(nano, 1_000_000n),
    cmp: (o) => (nano < o.nano ? -1 : nano > o.nano ? 1 : 0),
    isZero: () => nano === 0n,
  };
}

/** resource.NewQuantity(value, format). */
export const newQuantity = (value: number, format: QuantityFormat) => makeQuantity(BigInt(Math.trunc(value)) * NANO, format);
/** resource.NewMilliQuantity(milli, format). */
export const newMilliQuantity = (milli: number, format: QuantityFormat) =>
  makeQuantity(BigInt(Math.trunc(milli)) * 1_000_000n, format);

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** Splits "<sign><digits>.<digits><suffix>" the way parseQuantityString does. */
function split(str: string): { positive: boolean; num: string; denom: string; suffix: string } {
  let pos = 0;
  const end = str.length;
  let positive = true;
  if (str[0] === "-") { positive = false; pos++; } else if (str[0] === "+") pos++;
  while (pos < end && str[pos] === "0") pos++;
  let i = pos;
  while (i < end && isDigit(str[i])) i++;
  const num = str.slice(pos, i) || "0";
  pos = i;
  let denom = "";
  if (pos < end && str[pos] === ".") {
    pos++;
    i = pos;
    while (i < end && isDigit(str[i])) i++;
    denom = str.slice(pos, i);
    pos = i;
  }
  const suffixStart = pos;
  i = pos;
  while (i < end && "eEinumkKMGTP".includes(str[i] as string)) i++;
  if (i < end && (str[i] === "-" || str[i] === "+")) i++;
  while (i < end && isDigit(str[i])) i++;
  if (i < end) throw new Error(ErrFormatWrong);
  return { positive, num, denom, suffix: str.slice(suffixStart) };
}

/** resource.ParseQuantity: throws ErrFormatWrong / ErrSuffix texts on bad input. */
export function parseQuantity(str: string): Quantity {
  if (str.length === 0) throw new Error("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  if (str.length > 1024) throw new Error(ErrFormatWrong); // bounded work on hostile input
  const { positive, num, denom, suffix } = split(str);
  let format: QuantityFormat;
  let base = 10;
  let exp: number;
  if (suffix in DEC_SUFFIX) { format = "DecimalSI"; exp = DEC_SUFFIX[suffix] as number; }
  else if (suffix in BIN_SUFFIX) { format = "BinarySI"; base = 2; exp = BIN_SUFFIX[suffix] as number; }
  else if ((suffix[0] === "e" || suffix[0] === "E") && /^[eE][+-]?\d+$/.test(suffix)) {
    format = "DecimalExponent";
    exp = Number(suffix.slice(1));
    if (!Number.isSafeInteger(exp)) throw new Error(ErrSuffix);
  } else throw new Error(ErrSuffix);

  const digits = BigInt(num + denom);
  let mag: bigint;
  if (digits === 0n) mag = 0n;
  else if (base === 2) {
    // digits * 2^exp * 10^(9 - len(denom)); exp <= 60 so this stays small.
    const shift = 9 - denom.length;
    const v = digits * (1n << BigInt(exp));
    mag = shift >= 0 ? v * 10n ** BigInt(shift) : ceilDiv(v, 10n ** BigInt(-shift));
  } else {
    const shift = 9 - denom.length + exp;
    const magnitudeDigits = (num === "0" ? 0 : num.length) + exp;
    if (magnitudeDigits > 40) mag = MAX_NANO;
    else if (shift >= 0) mag = digits * 10n ** BigInt(shift);
    else if (-shift > 2000) mag = 1n; // below one nano: rounds up to 1n
    else mag = ceilDiv(digits, 10n ** BigInt(-shift));
  }
  if (mag > MAX_NANO) mag = MAX_NANO;
  return makeQuantity(positive ? mag : -mag, format);
}
