"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { browserGuestStore } from "../../_components/guest/guest-store";
import { syncOnce } from "../../_components/guest/guest-sync";
import { authPost } from "./api";
import { GitHubButton } from "./github-button";
import { Field, FormError, SubmitButton, textLink } from "./ui";

export function SignInForm({ next, github, initialEmail = "" }: { next: string; github: boolean; initialEmail?: string }) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const errors = {
      email: /^[^\s@]+@[^\s@]+$/.test(email.trim()) ? undefined : "Enter the email address you signed up with.",
      password: password ? undefined : "Enter your password.",
    };
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    setBusy(true);
    setError(null);
    // callbackURL: where the fresh confirmation link (sent when the address is not confirmed yet) lands.
    const result = await authPost("/sign-in/email", {
      email: email.trim(),
      password,
      rememberMe: true,
      callbackURL: `/verify-email?next=${encodeURIComponent(next)}`,
    });
    if (!result.ok) {
      setBusy(false);
      setError(result.message);
      return;
    }
    // Work done as a guest on this device goes to the new session before we leave the page.
    await syncOnce(browserGuestStore(), (url, init) => fetch(url, init)).catch(() => undefined);
    window.location.assign(next);
  }

  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Sign in">
        <Field label="Email" name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fieldErrors.email} required />
        <Field label="Password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={fieldErrors.password} required />
        <div className="flex justify-end text-sm">
          <Link href={`/forgot-password?next=${encodeURIComponent(next)}`} className={textLink}>Forgot your password?</Link>
        </div>
        <FormError>{error}</FormError>
        <SubmitButton busy={busy} busyText="Signing in…">Sign in</SubmitButton>
      </form>
      {github && <GitHubButton next={next} />}
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        New to Reconcile? <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className={textLink}>Create an account</Link>
      </p>
    </div>
  );
}
