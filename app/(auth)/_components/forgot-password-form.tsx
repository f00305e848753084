"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { authPost } from "./api";
import { Field, FormError, Notice, SubmitButton, textLink } from "./ui";

export function ForgotPasswordForm({ next }: { next: string }) {
  const [email, setEmail] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = /^[^\s@]+@[^\s@]+$/.test(email.trim()) ? null : "Enter the email address of your account.";
    setFieldError(problem);
    if (problem) return;
    setBusy(true);
    setError(null);
    const result = await authPost("/request-password-reset", { email: email.trim(), redirectTo: "/reset-password" });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setSent(true);
  }

  if (sent) {
    return (
      <Notice testId="reset-sent">
        If an account uses <strong>{email.trim()}</strong>, a link to choose a new password is on its way. It works for one hour.
      </Notice>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Reset password">
      <Field label="Email" name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError} required />
      <FormError>{error}</FormError>
      <SubmitButton busy={busy} busyText="Sending…">Send reset link</SubmitButton>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        Remembered it? <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className={textLink}>Sign in</Link>
      </p>
    </form>
  );
}
