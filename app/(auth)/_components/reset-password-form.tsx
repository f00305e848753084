"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { passwordProblem, PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";
import { authPost } from "./api";
import { Field, FormError, Notice, SubmitButton, textLink } from "./ui";

export function ResetPasswordForm({ token }: { token: string }) {
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<{ password?: string | null; confirm?: string | null }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = { password: passwordProblem(password), confirm: confirm === password ? null : "The two passwords differ." };
    setErrors(found);
    if (found.password || found.confirm) return;
    setBusy(true);
    setError(null);
    const result = await authPost("/reset-password", { token, newPassword: password });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setDone(true);
  }

  if (done) {
    return (
      <Notice testId="reset-done">
        Your password is changed and every other session is signed out. <Link href="/sign-in" className={textLink}>Sign in</Link> with the new one.
      </Notice>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Choose a new password">
      <Field label="New password" name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} error={errors.password} hint={`At least ${PASSWORD_MIN_LENGTH} characters.`} required />
      <Field label="Repeat it" name="confirm" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} error={errors.confirm} required />
      <FormError>{error}</FormError>
      <SubmitButton busy={busy} busyText="Saving…">Set new password</SubmitButton>
    </form>
  );
}
