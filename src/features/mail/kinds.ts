// The kinds of e-mail Medvirk sends and who receives each. A person turns kinds off one by one
// (/konto for accounts, the unsubscribe link for citizens); some kinds are turned off together
// (a moved and a cancelled activity are one choice).
import type { MailKind } from "@/generated/prisma/enums";

export const CITIZEN_KINDS = ["INPUT_RECEIPT", "INPUT_ANSWERED", "HEARD_PUBLISHED"] as const satisfies readonly MailKind[];
export const POLITICIAN_KINDS = [
  "SIGNUP_CONFIRMED",
  "SIGNUP_PROMOTED",
  "ACTIVITY_CHANGED",
  "ACTIVITY_CANCELLED",
  "EVALUATION_REMINDER",
] as const satisfies readonly MailKind[];
export const ADMIN_KINDS = ["ADMIN_DIGEST"] as const satisfies readonly MailKind[];
export const ALL_KINDS: readonly MailKind[] = [...CITIZEN_KINDS, ...POLITICIAN_KINDS, ...ADMIN_KINDS];

/** The choices on /konto, each the kinds it turns on or off together. */
export const PREFERENCE_CHOICES = {
  signupConfirmed: ["SIGNUP_CONFIRMED"],
  signupPromoted: ["SIGNUP_PROMOTED"],
  activityChanged: ["ACTIVITY_CHANGED", "ACTIVITY_CANCELLED"],
  evaluationReminder: ["EVALUATION_REMINDER"],
  adminDigest: ["ADMIN_DIGEST"],
} as const satisfies Record<string, readonly MailKind[]>;
export type PreferenceChoice = keyof typeof PREFERENCE_CHOICES;

/** What an unsubscribe link turns off: every citizen kind for a citizen, else the message's own choice. */
export function kindsTurnedOffBy(kind: MailKind): MailKind[] {
  if ((CITIZEN_KINDS as readonly MailKind[]).includes(kind)) return [...CITIZEN_KINDS];
  const choice = Object.values(PREFERENCE_CHOICES).find((kinds) => (kinds as readonly MailKind[]).includes(kind));
  return choice ? [...choice] : [kind];
}

export const isCitizenKind = (kind: MailKind) => (CITIZEN_KINDS as readonly MailKind[]).includes(kind);
