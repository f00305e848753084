// POSTs to better-auth's endpoints (/api/auth/*) from the forms, with its error bodies turned
// into one sentence a person can act on.

export interface AuthResult<T = unknown> {
  ok: boolean;
  status: number;
  data: T | null;
  code: string | null;
  message: string | null;
}

const MESSAGES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "Wrong email or password.",
  EMAIL_NOT_VERIFIED: "Confirm your email address first: we have sent you a new link.",
  USER_ALREADY_EXISTS: "An account with this email already exists. Sign in instead, or reset your password.",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "An account with this email already exists. Sign in instead, or reset your password.",
  INVALID_EMAIL: "Enter a valid email address.",
  PASSWORD_TOO_SHORT: "Use at least 10 characters.",
  PASSWORD_TOO_LONG: "Use at most 128 characters.",
  INVALID_TOKEN: "This link is invalid or has expired. Ask for a new one.",
};

export async function authPost<T = unknown>(path: string, body: unknown): Promise<AuthResult<T>> {
  let res: Response;
  try {
    res = await fetch(`/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0, data: null, code: "NETWORK", message: "The server could not be reached. Check your connection and try again." };
  }
  const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (res.ok) return { ok: true, status: res.status, data: json as T, code: null, message: null };
  const code = typeof json?.code === "string" ? json.code : null;
  // Rate-limit answers (lib/http/rate-limit.ts) nest their message under error.
  const nested = json && typeof json.error === "object" && json.error !== null ? (json.error as Record<string, unknown>).message : undefined;
  const raw = typeof json?.message === "string" ? json.message : typeof nested === "string" ? nested : null;
  let message = (code && MESSAGES[code]) ?? raw ?? `Something went wrong (HTTP ${res.status}). Try again.`;
  if (res.status === 429) {
    const after = Number(res.headers.get("retry-after"));
    message = `${raw ?? "Too many attempts."}${after > 0 ? ` Try again in ${after < 120 ? `${after} seconds` : `${Math.ceil(after / 60)} minutes`}.` : ""}`;
  } else if (res.status >= 500) {
    message = "The server could not handle that just now. Try again in a moment.";
  }
  return { ok: false, status: res.status, data: null, code, message };
}
