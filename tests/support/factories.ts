// Test data made through the real database (never a mocked Prisma).
import { randomBytes } from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/passwords";

export const TEST_PASSWORD = "riktig-hest-batteri-stift";
let cachedHash: Promise<string> | undefined;

export async function createUser(role: Role, overrides: { email?: string; password?: string } = {}) {
  const passwordHash = overrides.password ? await hashPassword(overrides.password) : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  return db.user.create({
    data: {
      email: overrides.email ?? `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@test.no`,
      name: `Test ${role}`,
      role,
      passwordHash,
    },
    select: { id: true, email: true, role: true },
  });
}
