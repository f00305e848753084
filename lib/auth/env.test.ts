import { describe, expect, it } from "vitest";
import { secureCookies } from "./auth";
import { parseAuthEnv } from "./env";

describe("parseAuthEnv", () => {
  it("generates a per-process secret outside production and says so", () => {
    const a = parseAuthEnv({});
    const b = parseAuthEnv({ NODE_ENV: "test" });
    expect(a.generatedSecret).toBe(true);
    expect(a.BETTER_AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(b.BETTER_AUTH_SECRET).not.toBe(a.BETTER_AUTH_SECRET);
    expect(a.GITHUB_CLIENT_ID).toBeUndefined();
    expect(a.MAIL_FROM).toBe("Reconcile <no-reply@reconcile.dev>");
  });

  it("refuses to start in production without a secret, and rejects short secrets anywhere", () => {
    expect(() => parseAuthEnv({ NODE_ENV: "production" })).toThrow(
      "Invalid environment:\n  BETTER_AUTH_SECRET: is required in production (openssl rand -base64 32)",
    );
    expect(() => parseAuthEnv({ BETTER_AUTH_SECRET: "too-short" })).toThrow("BETTER_AUTH_SECRET: must be at least 32 characters");
    const ok = parseAuthEnv({ NODE_ENV: "production", BETTER_AUTH_SECRET: "s".repeat(32), BETTER_AUTH_URL: "https://reconcile.example" });
    expect(ok).toMatchObject({ generatedSecret: false, BETTER_AUTH_SECRET: "s".repeat(32), BETTER_AUTH_URL: "https://reconcile.example" });
  });

  it("wants GitHub credentials in pairs and URLs that are http(s)", () => {
    expect(() => parseAuthEnv({ GITHUB_CLIENT_ID: "id" })).toThrow("GITHUB_CLIENT_SECRET: GitHub sign-in needs both");
    expect(parseAuthEnv({ GITHUB_CLIENT_ID: "id", GITHUB_CLIENT_SECRET: "secret" }).GITHUB_CLIENT_ID).toBe("id");
    expect(() => parseAuthEnv({ BETTER_AUTH_URL: "ftp://x" })).toThrow("BETTER_AUTH_URL: must be an http:// or https:// URL");
    expect(() => parseAuthEnv({ SMTP_URL: "http://mail" })).toThrow("SMTP_URL: must start with smtp:// or smtps://");
  });
});

describe("secureCookies", () => {
  it("is on in production except for a plain-HTTP loopback URL, off in development", () => {
    expect(secureCookies({ NODE_ENV: "production", BETTER_AUTH_URL: undefined })).toBe(true);
    expect(secureCookies({ NODE_ENV: "production", BETTER_AUTH_URL: "https://reconcile.example" })).toBe(true);
    expect(secureCookies({ NODE_ENV: "production", BETTER_AUTH_URL: "http://reconcile.example" })).toBe(true);
    expect(secureCookies({ NODE_ENV: "production", BETTER_AUTH_URL: "http://127.0.0.1:3402" })).toBe(false);
    expect(secureCookies({ NODE_ENV: "development", BETTER_AUTH_URL: "https://reconcile.example" })).toBe(false);
  });
});
