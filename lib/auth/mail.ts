import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

// Outgoing mail (email verification, password reset) behind one small interface, so the
// transport is chosen by the environment:
// - console (default): the mail is printed to the server log; a developer copies the link.
// - outbox directory (MAIL_OUTBOX_DIR): one JSON file per mail; the end-to-end tests read
//   links from there instead of scraping the server's output.
// - SMTP (SMTP_URL, e.g. smtps://user:pass@smtp.example.com:465): sent with nodemailer; a
//   failed send is an error the caller reports (better-auth answers the request with a 500,
//   so the learner knows to try again rather than wait for a mail that never comes).

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  readonly name: string;
  send(mail: Mail & { from: string }): Promise<void>;
}

export function consoleTransport(log: (line: string) => void = console.log): MailTransport {
  return {
    name: "console",
    async send(mail) {
      log(
        [`[mail] From: ${mail.from}`, `[mail] To: ${mail.to}`, `[mail] Subject: ${mail.subject}`, ...mail.text.split("\n").map((l) => `[mail] ${l}`)].join("\n"),
      );
    },
  };
}

export function outboxTransport(dir: string): MailTransport {
  return {
    name: "outbox",
    async send(mail) {
      await fs.mkdir(dir, { recursive: true });
      // Time-ordered names so the newest mail for an address is the last one listed.
      const name = `${Date.now().toString().padStart(15, "0")}-${crypto.randomBytes(4).toString("hex")}.json`;
      await fs.writeFile(path.join(dir, name), JSON.stringify({ ...mail, sentAt: new Date().toISOString() }, null, 2));
    },
  };
}

export function smtpTransport(url: string): MailTransport {
  // One pooled connection set per process; nodemailer parses the URL (host, port, auth, TLS).
  const transporter = nodemailer.createTransport(url);
  return {
    name: "smtp",
    async send(mail) {
      await transporter.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

export function selectTransport(env: { SMTP_URL?: string; MAIL_OUTBOX_DIR?: string }): MailTransport {
  if (env.SMTP_URL) return smtpTransport(env.SMTP_URL);
  if (env.MAIL_OUTBOX_DIR) return outboxTransport(env.MAIL_OUTBOX_DIR);
  return consoleTransport();
}

/** The two mails accounts send; plain text, the link on its own line so it can be copied. */
export function verificationMail(to: string, name: string, url: string): Mail {
  return {
    to,
    subject: "Confirm your email for Reconcile",
    text: `Hi ${name},\n\nconfirm your email address to finish creating your Reconcile account:\n\n${url}\n\nIf you did not sign up, ignore this mail.`,
  };
}

export function resetPasswordMail(to: string, name: string, url: string): Mail {
  return {
    to,
    subject: "Reset your Reconcile password",
    text: `Hi ${name},\n\nsomeone (hopefully you) asked to reset your Reconcile password. Choose a new one here within an hour:\n\n${url}\n\nIf you did not ask, ignore this mail; your password stays as it is.`,
  };
}
