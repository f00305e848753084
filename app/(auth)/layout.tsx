import { SiteHeader } from "../_components/site-header";

// Sign-in, sign-up, password reset and email verification: one centred card under the site header.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main className="relative overflow-hidden">
        <div aria-hidden className="pointer-events-none absolute inset-x-0 -top-40 -z-10 h-[30rem] bg-[radial-gradient(ellipse_at_top,var(--color-brand-100),transparent_65%)] dark:bg-[radial-gradient(ellipse_at_top,oklch(0.35_0.12_260/0.35),transparent_65%)]" />
        <div className="mx-auto max-w-md px-4 py-14 sm:py-20">{children}</div>
      </main>
    </>
  );
}
