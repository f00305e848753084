import "server-only";
import type { PrismaClient, Role } from "./generated/client";
import { hashPassword } from "./password";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const summary = { id: true, email: true, name: true, role: true } as const;

export async function createUser(
  db: PrismaClient,
  input: { email: string; name: string; role: Role; password: string },
): Promise<UserSummary> {
  return db.user.create({
    data: {
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    },
    select: summary,
  });
}

export async function findUserByEmail(db: PrismaClient, email: string): Promise<UserSummary | null> {
  return db.user.findUnique({ where: { email: email.toLowerCase() }, select: summary });
}

/** For the login check only: the hash never leaves lib/. */
export async function findCredentials(db: PrismaClient, email: string) {
  return db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, passwordHash: true },
  });
}
