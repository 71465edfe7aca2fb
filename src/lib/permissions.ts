// Who may do what. Every server action names one of these keys, and the gate in action.ts
// refuses everyone else; pages check the `area.*` keys. tests/unit/permissions.test.ts and
// tests/integration/gate.test.ts walk this table for every role, anonymous included.
import type { Role } from "@/generated/prisma/enums";

export const ROLES = ["ADMIN", "POLITICIAN", "GROUP_LEADER"] as const satisfies readonly Role[];

export const PERMISSIONS = {
  // areas (pages)
  "area.admin": ["ADMIN"],
  "area.politician": ["POLITICIAN"],
  "area.groupLeader": ["GROUP_LEADER"],
  // own account
  "account.changePassword": ["ADMIN", "POLITICIAN", "GROUP_LEADER"],
  // which e-mails one gets (/konto)
  "account.mailPreferences": ["ADMIN", "POLITICIAN", "GROUP_LEADER"],
  // the e-mail outbox: see what is (or would be) sent, resend a dead message
  "mail.manage": ["ADMIN"],
  // process design (read by everyone signed in, changed only by the administration)
  "process.read": ["ADMIN", "POLITICIAN", "GROUP_LEADER"],
  "process.create": ["ADMIN"],
  "process.update": ["ADMIN"],
  "process.publish": ["ADMIN"],
  "process.copy": ["ADMIN"],
  "toolbox.manage": ["ADMIN"],
  "activity.manage": ["ADMIN"],
  "audit.read": ["ADMIN"],
  // citizens' requests about their own input (see, correct, delete), and the retention rule
  "privacy.manage": ["ADMIN"],
  // users
  "user.manage": ["ADMIN"],
  // politicians' own participation
  "signup.self": ["POLITICIAN"],
  "signup.manage": ["ADMIN"],
  // one's own calendar subscription (a secret feed URL)
  "calendar.self": ["POLITICIAN"],
  "evaluation.submit": ["POLITICIAN"],
  "input.record": ["POLITICIAN", "ADMIN"],
  // inputs and knowledge base
  "input.triage": ["ADMIN"],
  "input.export": ["ADMIN"],
  "input.import": ["ADMIN"],
  "input.moderate": ["ADMIN"],
  "topic.manage": ["ADMIN"],
  "suggestion.train": ["ADMIN"],
  // the kunnskapsgrunnlag report and search (read), "Dette har vi hørt" (publish)
  "knowledge.read": ["ADMIN", "GROUP_LEADER"],
  "knowledge.publish": ["ADMIN"],
  "form.manage": ["ADMIN"],
  // group leaders' overview
  "dashboard.read": ["GROUP_LEADER", "ADMIN"],
  // recording what a decision point decided («Til avklaring»)
  "decision.record": ["GROUP_LEADER", "ADMIN"],
  // who lives here (population per district and age band, for representativeness)
  "population.manage": ["ADMIN"],
  // the method comparison: the council (politicians) may read it too; no per-politician figures
  "methods.compare": ["GROUP_LEADER", "ADMIN", "POLITICIAN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The area each role lands on after signing in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  ADMIN: "/admin",
  POLITICIAN: "/politiker",
  GROUP_LEADER: "/gruppeleder",
};
