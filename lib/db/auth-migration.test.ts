import crypto from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { applyMigrations, readMigrations, type SqlExecutor } from "./migrate";

// Migration 20261202010000_auth moves passwords from User.passwordHash to credential Account
// rows. A database seeded before it must keep its users able to sign in with their passwords.
const AUTH = "20261202010000_auth";

function legacyHash(password: string): string {
  // The format lib/db/password.ts wrote before the move: scrypt$N$r$p$salt$hash (base64).
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(password, salt, 32, { N: 16384, r: 8, p: 1 });
  return ["scrypt", 16384, 8, 1, salt.toString("base64"), hash.toString("base64")].join("$");
}

describe(`migration ${AUTH}`, () => {
  const client = new PGlite();
  afterAll(() => client.close());
  const executor: SqlExecutor = {
    transaction: (fn) =>
      client.transaction((tx) =>
        fn({
          exec: async (sql) => void (await tx.exec(sql)),
          rows: async (sql) => (await tx.query<Record<string, unknown>>(sql)).rows,
        }),
      ),
  };

  it("carries legacy password hashes into credential accounts and marks existing users verified", async () => {
    const all = readMigrations();
    const before = all.filter((m) => m.name < AUTH);
    expect(await applyMigrations(executor, before)).toEqual(before.map((m) => m.name));
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash") VALUES ('u1', 'old@example.com', 'Old', 'instructor', $1)`,
      [legacyHash("the-old-password")],
    );
    await client.query(`INSERT INTO "Session" (id, "tokenHash", "userId", "expiresAt") VALUES ('s1', 'h', 'u1', now())`);

    expect(await applyMigrations(executor, all)).toContain(AUTH);

    const accounts = await client.query<{ providerId: string; accountId: string; password: string }>(
      `SELECT "providerId", "accountId", password FROM "Account" WHERE "userId" = 'u1'`,
    );
    expect(accounts.rows).toHaveLength(1);
    const [account] = accounts.rows;
    expect(account).toMatchObject({ providerId: "credential", accountId: "u1" });
    expect(await verifyPassword({ hash: account!.password, password: "the-old-password" })).toBe(true);
    expect(await verifyPassword({ hash: account!.password, password: "another-password" })).toBe(false);
    const user = await client.query(`SELECT role, "emailVerified" FROM "User" WHERE id = 'u1'`);
    expect(user.rows).toEqual([{ role: "instructor", emailVerified: true }]);
    expect((await client.query(`SELECT count(*)::int AS n FROM "Session"`)).rows).toEqual([{ n: 0 }]);
  });
});
