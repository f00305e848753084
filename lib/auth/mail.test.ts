import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectTransport, verificationMail } from "./mail";

// The SMTP transport against a real SMTP server in this process (smtp-server, the nodemailer
// project's own): what arrives is what a mail provider would receive.
describe("SMTP transport", () => {
  const received: { from: string; to: string[]; data: string }[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, done) {
        let data = "";
        stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), data });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("is chosen by SMTP_URL and delivers the verification mail with its link", async () => {
    const transport = selectTransport({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_OUTBOX_DIR: "/tmp/ignored" });
    expect(transport.name).toBe("smtp");
    const mail = verificationMail("lin@example.com", "Lin", "http://localhost:3000/api/auth/verify-email?token=abc");
    await transport.send({ ...mail, from: "Reconcile <no-reply@reconcile.dev>" });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: "no-reply@reconcile.dev", to: ["lin@example.com"] });
    expect(received[0]!.data).toContain("Subject: Confirm your email for Reconcile");
    expect(received[0]!.data).toContain("http://localhost:3000/api/auth/verify-email?token=abc");
  });

  it("rejects when the server refuses, so the caller can report it", async () => {
    const transport = selectTransport({ SMTP_URL: "smtp://127.0.0.1:1" });
    await expect(transport.send({ to: "a@example.com", subject: "s", text: "t", from: "x@example.com" })).rejects.toThrow();
  });
});
