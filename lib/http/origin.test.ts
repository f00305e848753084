import { describe, expect, it } from "vitest";
import { handleCheckRequest } from "@/lib/exercises/server/check-handler";
import { handleQuizSubmit } from "@/lib/quiz/server/routes";
import { checkOrigin, refuseCrossOrigin } from "./origin";

const post = (headers: Record<string, string>, url = "http://app.example:3000/api/x") => new Request(url, { method: "POST", headers });

describe("checkOrigin", () => {
  it("lets safe methods through whatever their origin", () => {
    expect(checkOrigin(new Request("http://app.example/api/x", { headers: { origin: "https://evil.example" } }))).toEqual({ ok: true });
  });
  it("same-origin browser posts pass (Origin host = Host, case-insensitive)", () => {
    expect(checkOrigin(post({ origin: "http://app.example:3000", host: "app.example:3000" }))).toEqual({ ok: true });
    expect(checkOrigin(post({ origin: "http://APP.example:3000", host: "app.example:3000" }))).toEqual({ ok: true });
    // Without a Host header (tests, some runtimes) the request URL's host is the site.
    expect(checkOrigin(post({ origin: "http://app.example:3000" }))).toEqual({ ok: true });
  });
  it("refuses another site, another port, a look-alike suffix, null and junk", () => {
    for (const origin of ["https://evil.example", "http://app.example:3001", "http://app.example:3000.evil.example", "null", "not a url"]) {
      expect(checkOrigin(post({ origin, host: "app.example:3000" })).ok, origin).toBe(false);
    }
  });
  it("uses X-Forwarded-Host only behind a trusted proxy", () => {
    const r = () => post({ origin: "https://public.example", host: "10.0.0.5:3000", "x-forwarded-host": "public.example" });
    expect(checkOrigin(r()).ok).toBe(false);
    expect(checkOrigin(r(), { trustForwardedHost: true }).ok).toBe(true);
    // A client-sent X-Forwarded-Host does not help an attacker without that trust.
    expect(checkOrigin(post({ origin: "https://evil.example", host: "app.example", "x-forwarded-host": "evil.example" })).ok).toBe(false);
  });
  it("allows configured extra origins exactly (scheme, host and port)", () => {
    const policy = { allowedOrigins: ["https://front.example"] };
    expect(checkOrigin(post({ origin: "https://front.example", host: "api.example" }), policy).ok).toBe(true);
    expect(checkOrigin(post({ origin: "http://front.example", host: "api.example" }), policy).ok).toBe(false);
  });
  it("without Origin: Sec-Fetch-Site decides for browsers; non-browser clients pass", () => {
    expect(checkOrigin(post({ "sec-fetch-site": "same-origin" })).ok).toBe(true);
    expect(checkOrigin(post({ "sec-fetch-site": "none" })).ok).toBe(true);
    expect(checkOrigin(post({ "sec-fetch-site": "cross-site" })).ok).toBe(false);
    expect(checkOrigin(post({ "sec-fetch-site": "same-site" })).ok).toBe(false);
    expect(checkOrigin(post({})).ok).toBe(true);
  });
});

describe("refuseCrossOrigin", () => {
  it("answers 403 with the route's error shape, or null to go on", async () => {
    const evil = () => post({ origin: "https://evil.example", host: "app.example:3000" });
    const nested = refuseCrossOrigin(evil());
    expect(nested?.status).toBe(403);
    expect(await nested!.json()).toEqual({ error: { code: "cross-origin", message: "Cross-site request refused." } });
    expect(await refuseCrossOrigin(evil(), {}, "flat")!.json()).toEqual({ error: "Cross-site request refused." });
    expect(refuseCrossOrigin(post({ origin: "http://app.example:3000", host: "app.example:3000" }))).toBeNull();
  });
});

describe("state-changing handlers refuse cross-site posts before touching anything", () => {
  const untouchable = () => {
    throw new Error("must not be called for a cross-site request");
  };
  const evil = (path: string) =>
    new Request(`http://app.example${path}`, {
      method: "POST",
      headers: { origin: "https://evil.example", host: "app.example", "content-type": "application/json" },
      body: JSON.stringify({ idempotencyKey: "evil-key-0001", actions: [], answers: {} }),
    });

  it("POST /api/exercises/<id>/check", async () => {
    const res = await handleCheckRequest(evil("/api/exercises/x/check"), "follow-the-scheduler", { db: untouchable, viewer: untouchable });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: "cross-origin" } });
  });

  it("POST /api/quizzes/<id>/submit", async () => {
    const res = await handleQuizSubmit(evil("/api/quizzes/q/submit"), "01-why-kubernetes.01-what-kubernetes-does", {
      db: untouchable,
      viewer: untouchable,
      exerciseStatus: untouchable,
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: "Cross-site request refused." });
  });
});
