import type { Metadata } from "next";
import Link from "next/link";
import { nextParam, param, type SearchParams } from "../_components/params";
import { ResendVerificationForm } from "../_components/resend-verification-form";
import { Card } from "../_components/ui";

export const metadata: Metadata = { title: "Confirm your email" };

// The mailed link goes to /api/auth/verify-email?token=…, which marks the address confirmed
// and redirects here (with ?error=… when the token is invalid or expired).
export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = nextParam(params);
  const error = param(params, "error");
  if (error) {
    return (
      <Card
        title="This link does not work"
        subtitle={error === "TOKEN_EXPIRED" ? "The confirmation link has expired (links work for 24 hours)." : "The confirmation link is invalid."}
      >
        <ResendVerificationForm next={next} />
      </Card>
    );
  }
  return (
    <Card title="Email confirmed" subtitle="Your account is ready.">
      <Link
        href={`/sign-in?verified=1&next=${encodeURIComponent(next)}`}
        data-testid="continue-to-sign-in"
        className="inline-flex h-11 w-full items-center justify-center rounded-xl bg-zinc-950 px-6 text-sm font-semibold text-white transition hover:bg-zinc-800 dark:bg-white dark:text-zinc-950 dark:hover:bg-zinc-200"
      >
        Sign in to continue
      </Link>
    </Card>
  );
}
