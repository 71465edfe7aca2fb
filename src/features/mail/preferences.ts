// Each person's choice of which e-mails they get (/konto). Stored as opt-outs by address in
// mail_opt_out — the same table a citizen's unsubscribe link writes — so enqueue() and the
// worker need one rule for everyone.
import type { MailKind, Role } from "@/generated/prisma/enums";
import { db, type Tx } from "@/lib/db";
import { normalizeAddress } from "./enqueue";
import { PREFERENCE_CHOICES, type PreferenceChoice } from "./kinds";
import type { MailPreferencesInput } from "./schemas";

/** The choices a role has: representatives (politicians, group leaders) their activities, admins the digest. */
export function choicesFor(role: Role): PreferenceChoice[] {
  if (role === "ADMIN") return ["adminDigest"];
  return ["signupConfirmed", "signupPromoted", "activityChanged", "evaluationReminder"];
}

/** Which of `choices` are on for `email` (on unless turned off). */
export async function preferencesOf(email: string, choices: PreferenceChoice[]): Promise<Record<PreferenceChoice, boolean>> {
  const off = await db.mailOptOut.findMany({ where: { address: normalizeAddress(email) }, select: { kind: true } });
  const offKinds = new Set<MailKind>(off.map((o) => o.kind));
  return Object.fromEntries(choices.map((c) => [c, !PREFERENCE_CHOICES[c].some((k) => offKinds.has(k))])) as Record<PreferenceChoice, boolean>;
}

export async function saveMailPreferences(tx: Tx, actor: { id: string; email: string; role: Role }, input: MailPreferencesInput) {
  const address = normalizeAddress(actor.email);
  const allowed = new Set(choicesFor(actor.role));
  const shown = input.shown.filter((c) => allowed.has(c));
  const on = new Set(input.on);
  const turnOff = shown.filter((c) => !on.has(c)).flatMap((c) => PREFERENCE_CHOICES[c]);
  const turnOn = shown.filter((c) => on.has(c)).flatMap((c) => PREFERENCE_CHOICES[c]);
  if (turnOn.length) await tx.mailOptOut.deleteMany({ where: { address, kind: { in: turnOn } } });
  if (turnOff.length) await tx.mailOptOut.createMany({ data: turnOff.map((kind) => ({ address, kind })), skipDuplicates: true });
  return { userId: actor.id, off: turnOff.length };
}
