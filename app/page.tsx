import Link from "next/link";
import { SiteHeader } from "./_components/site-header";
import { listCourse } from "@/lib/content/course";

const loop = [
  { step: "You declare", text: "kubectl apply a Deployment: the desired state is stored by the API server." },
  { step: "Controllers react", text: "Watches fire; the Deployment and ReplicaSet controllers create Pods." },
  { step: "The scheduler decides", text: "Each Pod is filtered and scored against the nodes, then bound." },
  { step: "Kubelets converge", text: "Containers start, probes pass, status flows back. Reconciled." },
];

const features = [
  { title: "A real terminal, a simulated cluster", text: "Type kubectl commands and apply YAML against a cluster that starts in milliseconds and runs entirely in your browser." },
  { title: "See what real clusters hide", text: "Watch events, scheduler decisions, reconcile steps and etcd revisions, one event at a time." },
  { title: "Graded by replay", text: "Every exercise is checked on the server by replaying your actions in the same deterministic simulator." },
];

export default async function HomePage() {
  const course = await listCourse();
  const lessonCount = course.reduce((n, m) => n + m.lessons.length, 0);
  const first = course[0]?.lessons[0];
  return (
    <>
      <SiteHeader />
      <main>
        <section className="relative overflow-hidden">
          <div aria-hidden className="pointer-events-none absolute inset-x-0 -top-40 -z-10 h-[36rem] bg-[radial-gradient(ellipse_at_top,var(--color-brand-100),transparent_65%)] dark:bg-[radial-gradient(ellipse_at_top,oklch(0.35_0.12_260/0.35),transparent_65%)]" />
          <div className="mx-auto max-w-5xl px-4 pt-20 pb-16 text-center sm:px-6 sm:pt-28">
            <p className="mx-auto mb-5 inline-flex items-center gap-2 rounded-full border border-zinc-200 bg-white/70 px-3 py-1 text-xs font-medium text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900/70 dark:text-zinc-400">
              <span className="size-1.5 rounded-full bg-emerald-500" /> {course.length} module{course.length === 1 ? "" : "s"} · {lessonCount} lessons · free
            </p>
            <h1 className="text-4xl font-semibold tracking-tight text-balance text-zinc-950 sm:text-6xl dark:text-white">
              Learn Kubernetes by <span className="bg-gradient-to-r from-brand-500 to-brand-700 bg-clip-text text-transparent dark:from-brand-400 dark:to-brand-500">running it</span>
            </h1>
            <p className="mx-auto mt-6 max-w-2xl text-lg leading-8 text-pretty text-zinc-600 dark:text-zinc-400">
              Reconcile is a hands-on course with a Kubernetes cluster simulated inside every lesson. Break things, fail nodes, roll out changes,
              and watch the control loop put everything back, step by step.
            </p>
            <div className="mt-10 flex flex-col items-center justify-center gap-3 sm:flex-row">
              {first && (
                <Link href={`/learn/${first.slug}`} className="inline-flex h-11 items-center gap-2 rounded-xl bg-zinc-950 px-6 text-sm font-semibold text-white shadow-sm transition hover:bg-zinc-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:bg-white dark:text-zinc-950 dark:hover:bg-zinc-200">
                  Start the course <span aria-hidden>→</span>
                </Link>
              )}
              <Link href="/course" className="inline-flex h-11 items-center rounded-xl border border-zinc-200 px-6 text-sm font-semibold text-zinc-800 transition hover:bg-zinc-50 dark:border-zinc-800 dark:text-zinc-200 dark:hover:bg-zinc-900">
                See the course map
              </Link>
            </div>
          </div>
        </section>

        <section className="mx-auto max-w-5xl px-4 pb-16 sm:px-6">
          <ol className="grid gap-px overflow-hidden rounded-2xl border border-zinc-200 bg-zinc-200 sm:grid-cols-4 dark:border-zinc-800 dark:bg-zinc-800">
            {loop.map((item, i) => (
              <li key={item.step} className="bg-white p-5 dark:bg-zinc-950">
                <p className="font-mono text-xs text-brand-600 dark:text-brand-400">0{i + 1}</p>
                <p className="mt-2 font-semibold text-zinc-950 dark:text-white">{item.step}</p>
                <p className="mt-1.5 text-sm leading-6 text-zinc-600 dark:text-zinc-400">{item.text}</p>
              </li>
            ))}
          </ol>
        </section>

        <section className="mx-auto grid max-w-5xl gap-8 px-4 pb-24 sm:grid-cols-3 sm:px-6">
          {features.map((f) => (
            <div key={f.title}>
              <h2 className="font-semibold text-zinc-950 dark:text-white">{f.title}</h2>
              <p className="mt-2 text-sm leading-6 text-zinc-600 dark:text-zinc-400">{f.text}</p>
            </div>
          ))}
        </section>
      </main>
      <footer className="border-t border-zinc-200 py-8 text-center text-sm text-zinc-500 dark:border-zinc-800">
        Reconcile · a Kubernetes course with a deterministic simulator
      </footer>
    </>
  );
}
