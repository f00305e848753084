"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { nameProblem, passwordProblem, PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";
import { authPost } from "./api";
import { GitHubButton } from "./github-button";
import { Field, FormError, Notice, SubmitButton, textLink } from "./ui";

type Errors = { name?: string | null; email?: string | null; password?: string | null };

function validate(name: string, email: string, password: string): Errors {
  return {
    name: nameProblem(name),
    email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? null : "Enter a valid email address.",
    password: passwordProblem(password, { email: email.trim() }),
  };
}

export function SignUpForm({ next, github, devMail }: { next: string; github: boolean; devMail: boolean }) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  // Once the form has been submitted once, errors follow the typing.
  const update = (n: string, e: string, p: string) => touched && setErrors(validate(n, e, p));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    const found = validate(name, email, password);
    setErrors(found);
    if (found.name || found.email || found.password) return;
    setBusy(true);
    setError(null);
    const result = await authPost("/sign-up/email", {
      name: name.trim(),
      email: email.trim(),
      password,
      callbackURL: `/verify-email?next=${encodeURIComponent(next)}`,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setSentTo(email.trim());
  }

  if (sentTo) {
    return (
      <div className="space-y-4">
        <Notice testId="check-inbox">
          We sent a confirmation link to <strong>{sentTo}</strong>. Open it to finish creating your account, then sign in.
        </Notice>
        {devMail && <p className="text-xs text-zinc-500">Development server: the mail is printed in the server’s console.</p>}
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Anything you tried as a guest stays on this device until you sign in.{" "}
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className={textLink}>Go to sign in</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Create account">
        <Field label="Name" name="name" autoComplete="name" value={name} onChange={(e) => { setName(e.target.value); update(e.target.value, email, password); }} error={errors.name} hint="Shown to your instructor." required />
        <Field label="Email" name="email" type="email" autoComplete="email" value={email} onChange={(e) => { setEmail(e.target.value); update(name, e.target.value, password); }} error={errors.email} required />
        <Field label="Password" name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => { setPassword(e.target.value); update(name, email, e.target.value); }} error={errors.password} hint={`At least ${PASSWORD_MIN_LENGTH} characters.`} required />
        <FormError>{error}</FormError>
        <SubmitButton busy={busy} busyText="Creating your account…">Create account</SubmitButton>
      </form>
      {github && <GitHubButton next={next} />}
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account? <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className={textLink}>Sign in</Link>
      </p>
    </div>
  );
}
