// Server-side sessions behind the Auth.js JWT cookie: signing in writes a user_session row and
// puts its id in the token; every request checks the row (session.ts), and signing out
// revokes it, so a copied cookie is worthless after «Logg ut».
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Opens a session for a user who has just proved who they are; returns its id for the token. */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  // Tidy this user's dead rows as we go, so the table holds only live sessions and recent ends.
  await db.userSession.deleteMany({
    where: { userId, OR: [{ expiresAt: { lt: now } }, { revokedAt: { lt: new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000) } }] },
  });
  const row = await db.userSession.create({
    data: { userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  return row.id;
}

/** Ends one session (sign-out). Unknown or already ended ids are a no-op. */
export async function endSession(sessionId: unknown, now = new Date()): Promise<void> {
  if (!isUuid(sessionId)) return;
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** The `where` that keeps only a live session, for the user lookup on every request. */
export function liveSession(sessionId: string, now = new Date()) {
  return { some: { id: sessionId, revokedAt: null, expiresAt: { gt: now } } };
}
