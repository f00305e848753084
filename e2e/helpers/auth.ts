// Shared e2e helpers for accounts. Specs that need a signed-in learner call signIn(page) (Ada,
// seeded by scripts/db-seed.mts); an instructor: signIn(page, GRACE).
//
// Sign-in is rate-limited per account (lib/http/limits.ts), so each worker signs in once per
// account through the API and reuses the session cookie for later tests instead of posting
// the form every time. A spec that tests the form itself uses the page like a person would.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Cookie, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "reconcile-demo"; // lib/db/seed.ts
export const ADA = "ada@reconcile.dev";
export const GRACE = "grace@reconcile.dev";

const sessions = new Map<string, Cookie[]>();

export async function signIn(page: Page, email = ADA, password = DEMO_PASSWORD): Promise<void> {
  let cookies = sessions.get(email);
  if (!cookies) {
    const baseURL = test.info().project.use.baseURL ?? `http://127.0.0.1:${process.env.E2E_PORT}`;
    const res = await page.request.post(`${baseURL}/api/auth/sign-in/email`, {
      data: { email, password },
      headers: { origin: baseURL },
    });
    expect(res.status(), `sign in as ${email}: ${await res.text()}`).toBe(200);
    cookies = (await page.context().cookies(baseURL)).filter((c) => c.name.includes("session_token"));
    expect(cookies.length, "session cookie set").toBeGreaterThan(0);
    sessions.set(email, cookies);
  } else {
    await page.context().addCookies(cookies);
  }
}

interface SentMail {
  to: string;
  subject: string;
  text: string;
}

/** The newest mail sent to `to` (polls the outbox the server writes, MAIL_OUTBOX_DIR). */
export async function latestMail(to: string, subject?: RegExp, timeoutMs = 15_000): Promise<SentMail> {
  const dir = process.env.E2E_MAIL_DIR!;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort().reverse() : [];
    for (const file of files) {
      const mail = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as SentMail;
      if (mail.to === to.toLowerCase() && (!subject || subject.test(mail.subject))) return mail;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to} in ${dir}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The first link in a mail's text. */
export function linkIn(mail: SentMail): string {
  const line = mail.text.split("\n").find((l) => /^https?:\/\//.test(l.trim()));
  if (!line) throw new Error(`no link in mail "${mail.subject}"`);
  return line.trim();
}
