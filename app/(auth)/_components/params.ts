import "server-only";
import { safeNext } from "@/lib/auth/rules";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One query value (the first when repeated). */
export function param(params: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The `next=` target, only ever a path on this site (lib/auth/rules.ts safeNext). */
export function nextParam(params: Record<string, string | string[] | undefined>): string {
  return safeNext(param(params, "next"));
}
