import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/engine";
import { createUser } from "@/lib/db/users";

// `npm run user:role -- <email> <role>` against a real on-disk PGlite database.
const run = promisify(execFile);
const root = fs.mkdtempSync(path.join(os.tmpdir(), "reconcile-user-role-"));
const dataDir = path.join(root, "pglite");

async function userRole(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/user-role.mts", ...args], {
      env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function roleOf(email: string) {
  const db = await openDatabase({ kind: "pglite", dataDir });
  try {
    return (await db.prisma.user.findUnique({ where: { email }, select: { role: true } }))?.role;
  } finally {
    await db.close();
  }
}

describe("npm run user:role", () => {
  beforeAll(async () => {
    const db = await openDatabase({ kind: "pglite", dataDir });
    await createUser(db.prisma, { email: "teacher@example.com", name: "Teacher", role: "learner", password: "teacher-password" });
    await db.close();
  }, 180_000);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("explains its usage and refuses unknown roles without opening the database", async () => {
    expect(await userRole()).toMatchObject({ code: 2, stderr: expect.stringContaining("Usage: npm run user:role -- <email> <learner|instructor>") });
    expect(await userRole("teacher@example.com", "admin")).toMatchObject({ code: 1, stderr: 'Unknown role "admin": expected one of learner, instructor\n' });
  }, 120_000);

  it("names an unknown email, and promotes a known one", async () => {
    expect(await userRole("nobody@example.com", "instructor")).toMatchObject({ code: 1, stderr: 'No user with email "nobody@example.com"\n' });
    expect(await roleOf("teacher@example.com")).toBe("learner");
    expect(await userRole("Teacher@Example.com", "instructor")).toMatchObject({ code: 0, stdout: "teacher@example.com (Teacher) is now instructor.\n" });
    expect(await roleOf("teacher@example.com")).toBe("instructor");
  }, 300_000);
});
