import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { UserSummary } from "@/lib/db/users";
import type { Auth } from "./auth";
import { getAuth } from "./server";

// The one place pages, server actions and route handlers learn who is asking: the user of the
// better-auth session whose cookie came with the request (the Session row must exist and be
// unexpired; the User row is read with it, so a role change applies on the next request).
export type Viewer = UserSummary;

export async function getViewer(): Promise<Viewer | null> {
  // headers() first: it marks the page dynamic, so `next build` stops prerendering here,
  // before the environment or the database is touched.
  const requestHeaders = await headers();
  return viewerFromHeaders(await getAuth(), requestHeaders);
}

/** The session's user for these request headers; separate from getViewer so tests can call it. */
export async function viewerFromHeaders(auth: Auth, requestHeaders: Headers): Promise<Viewer | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role: role === "instructor" ? "instructor" : "learner" };
}

/** Pages: the signed-in user, or a redirect to sign-in that comes back to `next`. */
export async function requireViewer(next: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  return viewer;
}

/** Pages: an instructor, or the same redirect; a signed-in learner gets a 404 (no hint the page exists). */
export async function requireInstructor(next: string): Promise<Viewer> {
  const viewer = await requireViewer(next);
  if (viewer.role !== "instructor") notFound();
  return viewer;
}
