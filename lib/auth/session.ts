import "server-only";
import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/db/env";
import { findUserByEmail, type UserSummary } from "@/lib/db/users";

// The one place pages, server actions and route handlers learn who is asking.
// INTERIM: until the auth library is wired (issue 10), the viewer is the demo learner named
// by DEMO_VIEWER_EMAIL. The auth work replaces the body of getViewer() with the session's
// user and keeps these signatures, so callers do not change.
export type Viewer = UserSummary;

export async function getViewer(): Promise<Viewer | null> {
  const db = await prisma();
  return findUserByEmail(db, env().DEMO_VIEWER_EMAIL);
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
