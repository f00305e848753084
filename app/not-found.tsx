import Link from "next/link";
import { SiteHeader } from "./_components/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto flex max-w-xl flex-col items-center px-4 py-28 text-center">
        <p className="font-mono text-sm text-brand-600 dark:text-brand-400">404 · NotFound</p>
        <h1 className="mt-3 text-3xl font-semibold tracking-tight text-zinc-950 dark:text-white">This page is not in the cluster</h1>
        <pre className="mt-6 w-full overflow-x-auto rounded-xl border border-zinc-200 bg-zinc-50 px-4 py-3 text-left font-mono text-sm text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300">
          Error from server (NotFound): pages &quot;this-one&quot; not found
        </pre>
        <div className="mt-8 flex gap-3">
          <Link href="/" className="inline-flex h-10 items-center rounded-xl bg-zinc-950 px-5 text-sm font-semibold text-white hover:bg-zinc-800 dark:bg-white dark:text-zinc-950">Home</Link>
          <Link href="/course" className="inline-flex h-10 items-center rounded-xl border border-zinc-200 px-5 text-sm font-semibold hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900">Course map</Link>
        </div>
      </main>
    </>
  );
}
