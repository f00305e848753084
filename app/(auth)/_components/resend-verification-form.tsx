"use client";

import { useState, type FormEvent } from "react";
import { authPost } from "./api";
import { Field, FormError, Notice, SubmitButton } from "./ui";

export function ResendVerificationForm({ next }: { next: string }) {
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) return setError("Enter the email address you signed up with.");
    setBusy(true);
    setError(null);
    const result = await authPost("/send-verification-email", { email: email.trim(), callbackURL: `/verify-email?next=${encodeURIComponent(next)}` });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setSent(true);
  }

  if (sent) return <Notice>If that address has an account waiting for confirmation, a new link is on its way.</Notice>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Send a new confirmation link">
      <Field label="Email" name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      <FormError>{error}</FormError>
      <SubmitButton busy={busy} busyText="Sending…">Send a new link</SubmitButton>
    </form>
  );
}
