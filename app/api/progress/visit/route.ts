import { getViewer } from "@/lib/auth/session";
import { listCourse } from "@/lib/content/course";
import { prisma } from "@/lib/db/client";
import { guardOrigin } from "@/lib/http/origin-policy";
import { handleVisit } from "./handler";

// POST /api/progress/visit: lesson visits and visible-tab time from the lesson page's beacon.
export const dynamic = "force-dynamic";

// The lessons are files fixed at deploy time: read the list once per process.
let lessons: Promise<Set<string>> | null = null;
const lessonSlugs = () =>
  (lessons ??= listCourse()
    .then((c) => new Set(c.flatMap((m) => m.lessons.map((l) => l.slug))))
    .catch((e: unknown) => {
      lessons = null; // try again on the next request
      throw e;
    }));

export async function POST(request: Request) {
  // CSRF: a cross-site browser request is refused before anything is read (lib/http/origin.ts).
  const crossSite = guardOrigin(request, "flat");
  if (crossSite) return crossSite;
  return handleVisit(request, {
    db: prisma,
    viewer: getViewer,
    lessonExists: async (slug) => (await lessonSlugs()).has(slug),
    now: () => new Date(),
  });
}
