import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient, Role } from "./generated/client";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const summary = { id: true, email: true, name: true, role: true } as const;

/**
 * A user with an email + password (credential) account, as better-auth's sign-up would write
 * it: the hash on the Account row (providerId "credential", accountId = user id). For the seed,
 * scripts and tests; people sign up through /api/auth. `emailVerified` defaults to true because
 * these accounts are made by an operator, not by someone proving they own the address.
 */
export async function createUser(
  db: PrismaClient,
  input: { email: string; name: string; role: Role; password: string; emailVerified?: boolean },
): Promise<UserSummary> {
  const password = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: input.email.toLowerCase(),
        name: input.name,
        role: input.role,
        emailVerified: input.emailVerified ?? true,
      },
      select: summary,
    });
    await tx.account.create({ data: { userId: user.id, providerId: "credential", accountId: user.id, password } });
    return user;
  });
}

export async function findUserByEmail(db: PrismaClient, email: string): Promise<UserSummary | null> {
  return db.user.findUnique({ where: { email: email.toLowerCase() }, select: summary });
}

export async function findUserById(db: PrismaClient, id: string): Promise<UserSummary | null> {
  return db.user.findUnique({ where: { id }, select: summary });
}

/** The stored credential hash, for the data tests only: sign-in goes through better-auth. */
export async function findPasswordHash(db: PrismaClient, userId: string): Promise<string | null> {
  const account = await db.account.findFirst({
    where: { userId, providerId: "credential" },
    select: { password: true },
  });
  return account?.password ?? null;
}

export const ROLES = ["learner", "instructor"] as const satisfies readonly Role[];

/** Role change for the admin command; the error names what was wrong. */
export async function setUserRole(db: PrismaClient, email: string, role: string): Promise<UserSummary> {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new Error(`Unknown role "${role}": expected one of ${ROLES.join(", ")}`);
  }
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`No user with email "${email}"`);
  return db.user.update({ where: { id: user.id }, data: { role: role as Role }, select: summary });
}
