// Which Medvirk account an Entra ID sign-in belongs to. Roles stay in Medvirk: an account is
// linked by its Entra object id (tid:oid) once, on the first sign-in, when its e-mail matches
// an account the administration created — or an account is created when the e-mail's domain
// is allowed and a configured group gives it a role. Deactivated accounts are refused, and an
// address already linked to another Entra object is never re-linked (no takeover by a reused
// address). Every link, creation and role change from groups is in the audit log.
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import type { EntraConfig } from "./config";
import { tokenGroups } from "./entra-groups";
import type { IdClaims } from "./oidc-flow";

export const ENTRA_PROVIDER = "entra";
export type StaffRefusal = "noAccount" | "deactivated" | "unverified" | "linkedElsewhere";
export type StaffSignIn = { ok: true; userId: string; created: boolean; linked: boolean } | { ok: false; reason: StaffRefusal };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The stable identity of an Entra user: tenant + object id (the `sub` is per application). */
export function entraSubject(claims: IdClaims): string {
  const oid = typeof claims.oid === "string" ? claims.oid : "";
  const tid = typeof claims.tid === "string" ? claims.tid : "";
  return oid ? `${tid}:${oid}` : `sub:${claims.sub}`;
}

function emailOf(claims: IdClaims): string {
  const raw = typeof claims.email === "string" ? claims.email : typeof claims.preferred_username === "string" ? claims.preferred_username : "";
  const email = raw.trim().toLowerCase();
  return EMAIL.test(email) ? email : "";
}

function roleFromGroups(config: EntraConfig, groups: string[]): Role | null {
  // The most powerful matching role wins when a person is in several mapped groups.
  const order: Role[] = ["ADMIN", "GROUP_LEADER", "POLITICIAN"];
  const found = new Set(groups.map((g) => config.groupRoles.get(g)).filter((r): r is Role => !!r));
  return order.find((r) => found.has(r)) ?? null;
}

/** `groups`: the person's Entra groups (entra-groups.ts: from the token or, after an overage, from Graph). */
export async function resolveStaffSignIn(
  config: EntraConfig,
  claims: IdClaims,
  groups: string[] = tokenGroups(claims),
  now = new Date(),
): Promise<StaffSignIn> {
  const subject = entraSubject(claims);
  const groupRole = roleFromGroups(config, groups);
  return db.$transaction(async (tx) => {
    const audit = (actorId: string, action: string, details: Record<string, unknown>) =>
      tx.auditLog.create({ data: { actorId, action, entityType: "user", entityId: actorId, details: details as object } });
    const syncRole = async (user: { id: string; role: Role }) => {
      if (!groupRole || groupRole === user.role) return;
      await tx.user.update({ where: { id: user.id }, data: { role: groupRole } });
      await audit(user.id, "sso.roleFromGroups", { from: user.role, to: groupRole });
    };

    const identity = await tx.authIdentity.findUnique({
      where: { provider_subject: { provider: ENTRA_PROVIDER, subject } },
      select: { user: { select: { id: true, role: true, deactivatedAt: true } } },
    });
    if (identity) {
      if (identity.user.deactivatedAt) return { ok: false, reason: "deactivated" } as const;
      await syncRole(identity.user);
      await tx.user.update({ where: { id: identity.user.id }, data: { lastLoginAt: now } });
      return { ok: true, userId: identity.user.id, created: false, linked: false } as const;
    }

    if (claims.email_verified === false || claims.xms_edov === false) return { ok: false, reason: "unverified" } as const;
    const email = emailOf(claims);
    if (!email) return { ok: false, reason: "noAccount" } as const;
    const domainAllowed = config.allowedDomains.includes(email.split("@")[1] ?? "");

    const existing = await tx.user.findUnique({
      where: { email },
      select: { id: true, role: true, deactivatedAt: true, identities: { where: { provider: ENTRA_PROVIDER }, select: { id: true } } },
    });
    if (existing) {
      if (existing.deactivatedAt) return { ok: false, reason: "deactivated" } as const;
      if (existing.identities.length) return { ok: false, reason: "linkedElsewhere" } as const;
      await tx.authIdentity.create({ data: { userId: existing.id, provider: ENTRA_PROVIDER, subject } });
      await audit(existing.id, "sso.linked", { provider: ENTRA_PROVIDER });
      await syncRole(existing);
      await tx.user.update({ where: { id: existing.id }, data: { lastLoginAt: now } });
      return { ok: true, userId: existing.id, created: false, linked: true } as const;
    }

    if (!domainAllowed || !groupRole) return { ok: false, reason: "noAccount" } as const;
    const name = (typeof claims.name === "string" && claims.name.trim()) || email;
    const created = await tx.user.create({
      data: {
        email,
        name: name.slice(0, 200),
        role: groupRole,
        passwordHash: null,
        lastLoginAt: now,
        identities: { create: { provider: ENTRA_PROVIDER, subject } },
      },
      select: { id: true },
    });
    await audit(created.id, "sso.accountCreated", { provider: ENTRA_PROVIDER, role: groupRole });
    return { ok: true, userId: created.id, created: true, linked: true } as const;
  });
}
