import type { Metadata } from "next";
import Link from "next/link";
import { param, type SearchParams } from "../_components/params";
import { ResetPasswordForm } from "../_components/reset-password-form";
import { Card, textLink } from "../_components/ui";

export const metadata: Metadata = { title: "Choose a new password" };

// Reached from the mailed link: /api/auth/reset-password/<token> checks the token and
// redirects here with ?token=… (or ?error=INVALID_TOKEN when it is unknown or expired).
export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const token = param(params, "token");
  if (!token || param(params, "error")) {
    return (
      <Card title="This link does not work">
        <p role="alert" className="text-sm text-zinc-700 dark:text-zinc-300">
          The reset link is invalid, was already used, or has expired (links work for one hour).{" "}
          <Link href="/forgot-password" className={textLink}>Ask for a new one</Link>.
        </p>
      </Card>
    );
  }
  return (
    <Card title="Choose a new password">
      <ResetPasswordForm token={token} />
    </Card>
  );
}
