import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { getCohortMatrixRows } from "@/lib/db/instructor";
import { regenerateCodeAction, removeLearnerAction, renameCohortAction, setArchivedAction } from "../../../actions";
import { ActionForm, INPUT } from "../../../_components/action-form";
import { CohortHeader } from "../../../_components/cohort-header";
import { CopyButton } from "../../../_components/copy-button";
import { cohortPath, instructorPage, orNotFound } from "../../../_lib/access";

export const metadata: Metadata = { title: "Learners & settings" };

/** The site's own origin for the invite link, from the request (behind a proxy: its forwarded host). */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function CohortSettingsPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  const { viewer, db } = await instructorPage(cohortPath(cohortId, "/settings"));
  const { cohort, learners } = await orNotFound(getCohortMatrixRows(db, viewer, cohortId));
  const invite = `${await origin()}/join/${cohort.joinCode}`;
  const sorted = [...learners].sort((a, b) => a.name.localeCompare(b.name));
  const hidden = { cohortId: cohort.id };

  return (
    <>
      <CohortHeader cohort={cohort} current="settings" />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="join" className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
          <h2 id="join" className="font-semibold text-zinc-950 dark:text-white">Join code and invite link</h2>
          {cohort.archivedAt ? (
            <p className="mt-2 text-sm text-amber-700 dark:text-amber-400">This cohort is archived: the code and link refuse new learners until you bring it back.</p>
          ) : (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Learners sign in, then open the link or enter the code. Joining twice does nothing.</p>
          )}
          <dl className="mt-4 space-y-3 text-sm">
            <div>
              <dt className="text-xs font-medium text-zinc-500">Code</dt>
              <dd className="mt-1 flex items-center gap-2">
                <span className="font-mono text-2xl font-semibold tracking-widest text-zinc-950 dark:text-white" data-testid="join-code">{cohort.joinCode}</span>
                <CopyButton text={cohort.joinCode} label="Copy code" />
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium text-zinc-500">Invite link</dt>
              <dd className="mt-1 flex items-center gap-2">
                <code className="min-w-0 truncate rounded-lg bg-zinc-100 px-2 py-1 font-mono text-xs dark:bg-zinc-900" data-testid="invite-link">{invite}</code>
                <CopyButton text={invite} label="Copy link" />
              </dd>
            </div>
          </dl>
          <ActionForm action={regenerateCodeAction} hidden={hidden} submit="New code" tone="secondary" className="mt-4" />
          <p className="mt-1 text-xs text-zinc-500">A new code retires the old one and its link at once; learners already in stay in.</p>
        </section>

        <section aria-labelledby="cohort-settings" className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
          <h2 id="cohort-settings" className="font-semibold text-zinc-950 dark:text-white">Cohort</h2>
          <ActionForm action={renameCohortAction} hidden={hidden} submit="Rename" tone="secondary" className="mt-3">
            <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm">
              <span className="text-zinc-600 dark:text-zinc-400">Name</span>
              <input name="name" required maxLength={80} defaultValue={cohort.name} className={INPUT} />
            </label>
          </ActionForm>
          <div className="mt-6 border-t border-zinc-200 pt-4 dark:border-zinc-800">
            {cohort.archivedAt ? (
              <ActionForm action={setArchivedAction} hidden={{ ...hidden, archived: "false" }} submit="Unarchive" tone="secondary">
                <p className="mr-auto text-sm text-zinc-600 dark:text-zinc-400">Archived on {cohort.archivedAt.toISOString().slice(0, 10)}. Its data is kept.</p>
              </ActionForm>
            ) : (
              <ActionForm action={setArchivedAction} hidden={{ ...hidden, archived: "true" }} submit="Archive" tone="danger">
                <p className="mr-auto text-sm text-zinc-600 dark:text-zinc-400">Archiving hides the cohort from your active list and closes joining; nothing is deleted.</p>
              </ActionForm>
            )}
          </div>
        </section>
      </div>

      <section aria-labelledby="learners" className="mt-8">
        <h2 id="learners" className="text-lg font-semibold text-zinc-950 dark:text-white">
          Learners <span className="text-sm font-normal text-zinc-500">({sorted.length})</span>
        </h2>
        {sorted.length === 0 ? (
          <p className="mt-3 text-sm text-zinc-500">Nobody has joined yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-zinc-200 rounded-2xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {sorted.map((l) => (
              <li key={l.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                <div className="min-w-0 flex-1">
                  <Link href={cohortPath(cohort.id, `/learners/${l.id}`)} className="font-medium text-zinc-900 hover:text-brand-600 dark:text-zinc-100">{l.name}</Link>
                  <p className="text-xs text-zinc-500">{l.email}</p>
                </div>
                <details className="group">
                  <summary className="cursor-pointer list-none rounded-lg px-2 py-1 text-sm text-zinc-500 hover:bg-zinc-100 hover:text-red-700 dark:hover:bg-zinc-900">Remove…</summary>
                  <ActionForm action={removeLearnerAction} hidden={{ ...hidden, learnerId: l.id }} submit={`Remove ${l.name}`} tone="danger" className="mt-2" />
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
