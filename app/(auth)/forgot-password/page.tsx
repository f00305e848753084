import type { Metadata } from "next";
import { ForgotPasswordForm } from "../_components/forgot-password-form";
import { nextParam, type SearchParams } from "../_components/params";
import { Card } from "../_components/ui";

export const metadata: Metadata = { title: "Forgot your password" };

export default async function ForgotPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const next = nextParam(await searchParams);
  return (
    <Card title="Forgot your password?" subtitle="Enter your account’s email and we will send you a link to choose a new one.">
      <ForgotPasswordForm next={next} />
    </Card>
  );
}
