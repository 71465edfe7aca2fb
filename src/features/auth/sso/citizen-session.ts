// Citizens signed in with ID-porten. We keep nothing that names the person: the citizen row
// holds only HMAC-SHA256(MEDVIRK_CITIZEN_ID_KEY, pid) — the same person gets the same row
// each time, but the number cannot be read back or guessed without the key. The browser
// holds a sealed cookie with the citizen_session id (checked against the database on every
// request, revoked on sign-out) and the ID token, which ID-porten's sign-out needs as a hint
// and which we therefore never store on the server.
import { createHmac } from "node:crypto";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import type { IdClaims } from "./oidc-flow";
import { seal, unseal } from "./sealed";

export const CITIZEN_COOKIE = "medvirk-citizen";
export const CITIZEN_SESSION_SECONDS = 2 * 60 * 60;
const PURPOSE = "citizen-session";

export const ACR_SUBSTANTIAL = "idporten-loa-substantial";
export const ACR_HIGH = "idporten-loa-high";

/** The keyed hash of the person: `pid` (national identity number), or `sub` without it. */
export function citizenSubjectHash(identityKey: string, claims: IdClaims): string {
  const id = typeof claims.pid === "string" && claims.pid ? `pid:${claims.pid}` : `sub:${claims.sub}`;
  return createHmac("sha256", identityKey).update(id).digest("hex");
}

/** Finds or creates the citizen, opens a session; returns the sealed cookie value. */
export async function startCitizenSession(subjectHash: string, acr: string, idToken: string, now = new Date()): Promise<{ citizenId: string; cookie: string }> {
  const expiresAt = new Date(now.getTime() + CITIZEN_SESSION_SECONDS * 1000);
  const { citizenId, sessionId } = await db.$transaction(async (tx) => {
    const citizen = await tx.citizen.upsert({
      where: { subjectHash },
      create: { subjectHash, lastSeenAt: now },
      update: { lastSeenAt: now },
      select: { id: true },
    });
    // Tidy this citizen's ended sessions as we go.
    await tx.citizenSession.deleteMany({ where: { citizenId: citizen.id, OR: [{ expiresAt: { lt: now } }, { revokedAt: { not: null } }] } });
    const session = await tx.citizenSession.create({ data: { citizenId: citizen.id, acr, expiresAt }, select: { id: true } });
    return { citizenId: citizen.id, sessionId: session.id };
  });
  return { citizenId, cookie: seal(PURPOSE, { sid: sessionId, idt: idToken }, CITIZEN_SESSION_SECONDS, now.getTime()) };
}

export type SignedInCitizen = { citizenId: string; sessionId: string; acr: string; idToken: string };

/** The citizen behind a cookie value, or null (no cookie, altered, expired, revoked). */
export async function citizenFromCookie(value: string | undefined, now = new Date()): Promise<SignedInCitizen | null> {
  const sealed = unseal<{ sid: string; idt: string }>(PURPOSE, value, now.getTime());
  if (!sealed || !isUuid(sealed.sid)) return null;
  const session = await db.citizenSession.findFirst({
    where: { id: sealed.sid, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, citizenId: true, acr: true },
  });
  return session ? { citizenId: session.citizenId, sessionId: session.id, acr: session.acr, idToken: sealed.idt } : null;
}

/** The signed-in citizen of this request (memoised per request). */
export const getCitizen = cache(async (): Promise<SignedInCitizen | null> => citizenFromCookie((await cookies()).get(CITIZEN_COOKIE)?.value));

export async function endCitizenSession(sessionId: string, now = new Date()): Promise<void> {
  if (!isUuid(sessionId)) return;
  await db.citizenSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Is this sign-in strong enough for a form that asks for `level`? */
export function meetsLevel(acr: string, level: "OPTIONAL" | "SUBSTANTIAL" | "HIGH"): boolean {
  if (level === "OPTIONAL") return true;
  if (level === "HIGH") return acr === ACR_HIGH;
  return acr === ACR_HIGH || acr === ACR_SUBSTANTIAL;
}
