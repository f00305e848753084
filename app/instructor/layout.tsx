import { SiteHeader } from "@/app/_components/site-header";

export default function InstructorLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-7xl px-4 py-10 sm:px-6">{children}</main>
    </>
  );
}
