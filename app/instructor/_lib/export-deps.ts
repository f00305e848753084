import "server-only";
import { getViewer } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { matrixLessons } from "@/lib/instructor/course";
import type { ExportDeps } from "@/lib/instructor/export-handlers";

export const productionExportDeps: ExportDeps = { db: prisma, viewer: getViewer, lessons: matrixLessons };
