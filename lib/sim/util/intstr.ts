// k8s.io/apimachinery/pkg/util/intstr helpers: maxSurge/maxUnavailable/partition values.

export type IntOrString = number | string;

/**
 * GetScaledValueFromIntOrPercent: an int is returned as is; "25%" is 25% of total, rounded up
 * or down. Errors carry upstream's texts.
 */
export function getScaledValueFromIntOrPercent(v: IntOrString | null | undefined, total: number, roundUp: boolean): number {
  if (v === null || v === undefined) throw new Error("nil value for IntOrString");
  if (typeof v === "number") return v;
  if (!v.endsWith("%")) throw new Error("invalid type: string is not a percentage");
  const digits = v.slice(0, -1);
  if (!/^[+-]?\d+$/.test(digits) || !Number.isSafeInteger(Number(digits))) {
    const why = /^[+-]?\d+$/.test(digits) ? "value out of range" : "invalid syntax";
    throw new Error(`invalid value for IntOrString: invalid value ${JSON.stringify(v)}: strconv.Atoi: parsing ${JSON.stringify(digits)}: ${why}`);
  }
  const pct = Number(digits);
  const scaled = (pct * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

/** ValueOrDefault-style helper: an unset IntOrString becomes the given default. */
export function intOrStringOr(v: IntOrString | null | undefined, fallback: IntOrString): IntOrString {
  return v === null || v === undefined ? fallback : v;
}
