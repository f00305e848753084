import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { authEnv } from "@/lib/auth/env";
import { getViewer } from "@/lib/auth/session";
import { nextParam, type SearchParams } from "../_components/params";
import { SignUpForm } from "../_components/sign-up-form";
import { Card } from "../_components/ui";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const next = nextParam(await searchParams);
  if (await getViewer()) redirect(next);
  const env = authEnv();
  return (
    <Card title="Create your account" subtitle="Free. Keep your progress, get your exercises checked and join your class’s cohort.">
      <SignUpForm next={next} github={!!env.GITHUB_CLIENT_ID} devMail={!env.SMTP_URL && !env.MAIL_OUTBOX_DIR && env.NODE_ENV !== "production"} />
    </Card>
  );
}
