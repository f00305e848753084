import Link from "next/link";
import { DashboardLink } from "./dashboard-link";
import { InstructorLink } from "./instructor-link";
import { AccountMenu } from "./account-menu";
import { Logo } from "./logo";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200/80 bg-white/80 backdrop-blur-md dark:border-zinc-800/80 dark:bg-zinc-950/80">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4 sm:px-6">
        {children}
        <Logo />
        <nav className="ml-auto flex items-center gap-1 text-sm">
          <Link href="/course" className="rounded-lg px-3 py-2 font-medium text-zinc-600 transition hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white">
            Course
          </Link>
          <DashboardLink />
          <InstructorLink />
          <AccountMenu />
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
