import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./engine";
import { DataDirLockedError } from "./lock";
import { readMigrations } from "./migrate";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "reconcile-engine-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("embedded PGlite on disk", () => {
  it("migrates once, keeps data across re-opens, and locks the directory while open", async () => {
    const dataDir = path.join(root, "nested", "pglite");
    const first = await openDatabase({ kind: "pglite", dataDir });
    expect(first.applied).toEqual(readMigrations().map((m) => m.name));
    await first.prisma.user.create({ data: { email: "x@example.com", name: "X" }, select: { id: true } });
    await expect(openDatabase({ kind: "pglite", dataDir })).rejects.toThrow(DataDirLockedError);
    await first.close();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);

    const second = await openDatabase({ kind: "pglite", dataDir });
    expect(second.applied).toEqual([]);
    expect(await second.prisma.user.count()).toBe(1);
    await second.close();
  });
});
