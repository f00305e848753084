import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { authEnv } from "@/lib/auth/env";
import { getViewer } from "@/lib/auth/session";
import { nextParam, param, type SearchParams } from "../_components/params";
import { SignInForm } from "../_components/sign-in-form";
import { Card, Notice } from "../_components/ui";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = nextParam(params);
  if (await getViewer()) redirect(next);
  const env = authEnv();
  return (
    <Card title="Sign in" subtitle="Your progress, exercise attempts and cohorts are kept with your account.">
      {param(params, "verified") === "1" && (
        <div className="mb-5"><Notice testId="verified">Your email is confirmed. Sign in to continue.</Notice></div>
      )}
      {param(params, "error") === "github" && (
        <p role="alert" className="mb-5 text-sm text-red-700 dark:text-red-400">GitHub sign-in did not complete. Try again, or use your email and password.</p>
      )}
      <SignInForm next={next} github={!!env.GITHUB_CLIENT_ID} />
    </Card>
  );
}
