import "server-only";
import crypto from "node:crypto";
import { promisify } from "node:util";
import { hashPassword as hashWithBetterAuth, verifyPassword as verifyWithBetterAuth } from "better-auth/crypto";

// Password hashing for credential accounts. New hashes are better-auth's own (scrypt,
// "salt:key" hex) so its sign-in, reset and change-password flows read them unchanged.
// Hashes written before accounts moved to better-auth (migration 20261202010000_auth copied
// User.passwordHash into Account.password) are "scrypt$N$r$p$salt$hash"; verifyPassword still
// accepts them so those users keep signing in with the password they chose.

export function hashPassword(password: string): Promise<string> {
  return hashWithBetterAuth(password);
}

export async function verifyPassword({ hash, password }: { hash: string; password: string }): Promise<boolean> {
  if (hash.startsWith("scrypt$")) return verifyLegacy(password, hash);
  return verifyWithBetterAuth({ hash, password });
}

const scrypt = promisify(crypto.scrypt) as (
  password: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions,
) => Promise<Buffer>;

async function verifyLegacy(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, hash] = stored.split("$");
  if (!n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const actual = await scrypt(password, Buffer.from(salt, "base64"), expected.length, {
    N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024,
  });
  return crypto.timingSafeEqual(actual, expected);
}
