// better-auth as configured for Reconcile, end to end on a real database (PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set): sign-up rules, email verification through the
// mail transport, sign-in, the session cookie → viewer, sign-out, password reset, and the
// rate limits the route handler puts in front.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/databases";
import { createUser } from "@/lib/db/users";
import { makeLimiter, POLICIES } from "@/lib/http/limits";
import { createAuth, loopbackAliases, type Auth } from "./auth";
import { parseAuthEnv } from "./env";
import { makeAuthHandler } from "./handler";
import type { Mail, MailTransport } from "./mail";
import { viewerFromHeaders } from "./session";

const ORIGIN = "http://localhost:3000";

describe("loopbackAliases", () => {
  it("names the other loopback hosts on the same scheme and port, and nothing for a public URL", () => {
    expect(loopbackAliases("http://localhost:3000")).toEqual(["http://127.0.0.1:3000", "http://[::1]:3000"]);
    expect(loopbackAliases("http://127.0.0.1")).toEqual(["http://localhost", "http://[::1]"]);
    expect(loopbackAliases("https://reconcile.example")).toEqual([]);
    expect(loopbackAliases(undefined)).toEqual([]);
  });
});

describe.each(testEngines)("accounts on %s", (engine) => {
  let db: TestDatabase;
  let auth: Auth;
  const outbox: Mail[] = [];
  const mail: MailTransport = { name: "memory", send: async (m) => void outbox.push(m) };

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    const env = parseAuthEnv({ NODE_ENV: "test", BETTER_AUTH_SECRET: "t".repeat(40), BETTER_AUTH_URL: ORIGIN });
    auth = createAuth({ db: db.prisma, env, mail });
  }, 180_000);
  afterAll(async () => {
    await db?.dispose();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    auth.handler(
      new Request(`${ORIGIN}/api/auth${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
        body: JSON.stringify(body),
      }),
    );
  const get = (url: string, headers: Record<string, string> = {}) => auth.handler(new Request(url, { headers }));
  /** The cookie header a browser would send back after this response. */
  const cookieFrom = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .filter((c) => !c.endsWith("="))
      .join("; ");
  const linkIn = (m: Mail) => m.text.split("\n").find((line) => line.startsWith("http"))!;
  const lastMailTo = (email: string) => outbox.filter((m) => m.to === email).at(-1)!;

  it("refuses weak passwords and blank names at sign-up, creating nothing", async () => {
    for (const [body, message] of [
      [{ email: "weak@example.com", name: "W", password: "short-pw1" }, "Use at least 10 characters."],
      [{ email: "weak@example.com", name: "W", password: "weak@example.com" }, "Do not use your email address as your password."],
      [{ email: "weak@example.com", name: "  ", password: "a-long-enough-pass" }, "Enter your name."],
    ] as const) {
      const res = await post("/sign-up/email", body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toBe(message);
    }
    expect(await db.prisma.user.count({ where: { email: "weak@example.com" } })).toBe(0);
  });

  it("signs up as a learner whatever the body says, and mails a verification link", async () => {
    // role is an input: false field: better-auth drops it from the sign-up body.
    const ok = await post("/sign-up/email", { email: "Lin@Example.com", name: "Lin", password: "a-long-enough-pass", role: "instructor" });
    expect(ok.status).toBe(200);
    expect(cookieFrom(ok)).not.toContain("session_token");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "lin@example.com" } });
    expect(user).toMatchObject({ role: "learner", emailVerified: false, name: "Lin" });
    const account = await db.prisma.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account).toMatchObject({ providerId: "credential", accountId: user.id });
    expect(account.password).not.toContain("a-long-enough-pass");
    const sent = lastMailTo("lin@example.com");
    expect(sent.subject).toBe("Confirm your email for Reconcile");
    expect(linkIn(sent)).toMatch(new RegExp(`^${ORIGIN}/api/auth/verify-email\\?token=`));
  });

  it("signs in only after the email is verified, then the cookie names the viewer until sign-out", async () => {
    const before = outbox.length;
    const early = await post("/sign-in/email", { email: "lin@example.com", password: "a-long-enough-pass", callbackURL: "/verify-email?next=%2Fcourse" });
    expect(early.status).toBe(403);
    expect(((await early.json()) as { code: string }).code).toBe("EMAIL_NOT_VERIFIED");
    expect(outbox.length).toBe(before + 1); // a fresh link, so the learner is not stuck
    // It lands on the confirmation page the sign-in form names (not the home page).
    expect(new URL(linkIn(lastMailTo("lin@example.com"))).searchParams.get("callbackURL")).toBe("/verify-email?next=%2Fcourse");

    const verified = await get(`${linkIn(lastMailTo("lin@example.com"))}`);
    expect([200, 302]).toContain(verified.status);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: "lin@example.com" } })).emailVerified).toBe(true);

    const wrong = await post("/sign-in/email", { email: "lin@example.com", password: "not-the-password" });
    expect(wrong.status).toBe(401);
    expect(cookieFrom(wrong)).toBe("");

    const res = await post("/sign-in/email", { email: "LIN@example.com", password: "a-long-enough-pass" });
    expect(res.status).toBe(200);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith("reconcile.session_token="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // test env; production sets Secure (env.test.ts)
    const cookie = cookieFrom(res);
    const viewer = await viewerFromHeaders(auth, new Headers({ cookie }));
    const row = await db.prisma.user.findUniqueOrThrow({ where: { email: "lin@example.com" } });
    expect(viewer).toEqual({ id: row.id, email: "lin@example.com", name: "Lin", role: "learner" });
    expect(await db.prisma.session.count({ where: { userId: row.id } })).toBe(1);

    // A role change shows on the next request (the user row is read with the session).
    await db.prisma.user.update({ where: { id: row.id }, data: { role: "instructor" } });
    expect((await viewerFromHeaders(auth, new Headers({ cookie })))?.role).toBe("instructor");

    const out = await post("/sign-out", {}, { cookie });
    expect(out.status).toBe(200);
    expect(await viewerFromHeaders(auth, new Headers({ cookie }))).toBeNull();
    expect(await db.prisma.session.count({ where: { userId: row.id } })).toBe(0);
  });

  it("has no viewer without a cookie or with a forged one", async () => {
    expect(await viewerFromHeaders(auth, new Headers())).toBeNull();
    expect(await viewerFromHeaders(auth, new Headers({ cookie: "reconcile.session_token=forged.value" }))).toBeNull();
  });

  it("signs in accounts made by createUser (the seed's path) with better-auth's own check", async () => {
    await createUser(db.prisma, { email: "seeded@example.com", name: "Seeded", role: "instructor", password: "seeded-password" });
    const res = await post("/sign-in/email", { email: "seeded@example.com", password: "seeded-password" });
    expect(res.status).toBe(200);
    expect((await viewerFromHeaders(auth, new Headers({ cookie: cookieFrom(res) })))?.role).toBe("instructor");
  });

  it("accepts the other loopback spelling of the app's origin, and refuses a foreign one", async () => {
    await createUser(db.prisma, { email: "loopback@example.com", name: "Loop", role: "learner", password: "loopback-password" });
    const body = { email: "loopback@example.com", password: "loopback-password" };
    // A browser that already holds a cookie for the site (better-auth checks Origin when it does).
    const from = (origin: string) =>
      auth.handler(
        new Request(`${origin}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin, cookie: "reconcile.guest=1" },
          body: JSON.stringify(body),
        }),
      );
    expect((await from("http://127.0.0.1:3000")).status).toBe(200);
    // better-auth logs each refusal with console.error: expected here, and checked to be exactly those.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await from("http://127.0.0.1:4000")).status).toBe(403);
    expect((await from("https://evil.example")).status).toBe(403);
    expect(logged.mock.calls.map((args) => args.join(" ")).filter((line) => !/Invalid origin: (http:\/\/127\.0\.0\.1:4000|https:\/\/evil\.example)/.test(line))).toEqual([]);
  });

  it("resets a password through the mailed link, ending the old sessions", async () => {
    await createUser(db.prisma, { email: "reset@example.com", name: "Reset", role: "learner", password: "old-password-1" });
    const oldCookie = cookieFrom(await post("/sign-in/email", { email: "reset@example.com", password: "old-password-1" }));
    expect(await viewerFromHeaders(auth, new Headers({ cookie: oldCookie }))).not.toBeNull();

    const asked = await post("/request-password-reset", { email: "reset@example.com", redirectTo: "/reset-password" });
    expect(asked.status).toBe(200);
    const link = linkIn(lastMailTo("reset@example.com"));
    expect(link).toMatch(new RegExp(`^${ORIGIN}/api/auth/reset-password/[^?]+\\?callbackURL=%2Freset-password$`));
    const redirect = await get(link);
    expect(redirect.status).toBe(302);
    const token = new URL(redirect.headers.get("location")!, ORIGIN).searchParams.get("token")!;
    expect(token).toBeTruthy();

    const weak = await post("/reset-password", { token, newPassword: "short" });
    expect(weak.status).toBe(400);
    expect((await post("/reset-password", { token, newPassword: "new-password-2" })).status).toBe(200);
    expect(await viewerFromHeaders(auth, new Headers({ cookie: oldCookie }))).toBeNull();
    expect((await post("/sign-in/email", { email: "reset@example.com", password: "old-password-1" })).status).toBe(401);
    expect((await post("/sign-in/email", { email: "reset@example.com", password: "new-password-2" })).status).toBe(200);
    // The token is single-use.
    expect((await post("/reset-password", { token, newPassword: "third-password-3" })).status).toBe(400);

    // Unknown addresses get the same answer and no mail.
    const before = outbox.length;
    expect((await post("/request-password-reset", { email: "nobody@example.com", redirectTo: "/reset-password" })).status).toBe(200);
    expect(outbox.length).toBe(before);
  });

  it("rate-limits sign-in per email in the route handler: 429 with Retry-After, and better-auth is not reached", async () => {
    let reached = 0;
    const handler = makeAuthHandler({
      auth: async () => ({ handler: (r: Request) => ((reached++), auth.handler(r)) }),
      limiters: { "/sign-in/email": makeLimiter(async () => db.prisma, POLICIES.signIn) },
    });
    const attempt = (email: string, ip: string) =>
      handler(
        new Request(`${ORIGIN}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
          body: JSON.stringify({ email, password: "guess-guess-guess" }),
        }),
      );
    const limit = POLICIES.signIn.user.limit;
    for (let i = 0; i < limit; i++) expect((await attempt("Target@Example.com", `10.0.0.${i}`)).status).toBe(401);
    expect(reached).toBe(limit);
    const refused = await attempt("target@example.com", "10.0.1.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(reached).toBe(limit);
    // Another account from a fresh address is unaffected.
    expect((await attempt("other@example.com", "10.0.2.1")).status).toBe(401);
    // GETs (session reads) are never counted.
    const session = await handler(new Request(`${ORIGIN}/api/auth/get-session`));
    expect(session.status).toBe(200);
  });
});
