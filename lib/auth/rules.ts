// Account input rules shared by the forms (instant inline errors) and the server (the rule
// that counts: better-auth's length limits plus the hooks in lib/auth/auth.ts). Pure, so the
// sign-up page can import it.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (/^(.)\1*$/su.test(password)) return "Use more than one repeated character.";
  const email = context.email?.trim().toLowerCase();
  if (email && (password.toLowerCase() === email || password.toLowerCase() === email.split("@")[0])) {
    return "Do not use your email address as your password.";
  }
  return null;
}

export const NAME_MAX_LENGTH = 80;

/** Display names are shown to instructors: one line, something visible, bounded. */
export function nameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return "Enter your name.";
  if (trimmed.length > NAME_MAX_LENGTH) return `Use at most ${NAME_MAX_LENGTH} characters.`;
  if (/[\u0000-\u001f\u007f]/u.test(trimmed)) return "Use a single line without control characters.";
  return null;
}

/**
 * Where to go after signing in: only a path on this site ("/learn/x?y#z"). Anything that a
 * browser could resolve to another origin — absolute URLs, protocol-relative "//host",
 * backslash tricks ("/\\host"), control characters — falls back to `fallback`.
 */
export function safeNext(next: string | null | undefined, fallback = "/course"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2048) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/u.test(next)) return fallback;
  // Resolve against a dummy origin: a same-origin path stays on it, anything else does not.
  try {
    const url = new URL(next, "http://reconcile.invalid");
    if (url.origin !== "http://reconcile.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
