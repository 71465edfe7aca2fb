// For every command in src/features/commands.ts: how to build a valid input. The gate test
// runs each command once per role with a fresh fixture, so allowed roles are shown to
// succeed (not only to pass the permission check) and refused roles to change nothing.
// Add an entry here when you register a command; the gate test fails until you do.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { TEST_PASSWORD } from "./factories";
import { ACCOUNT_FIXTURES } from "./fixtures/accounts";
import { CALENDAR_FIXTURES } from "./fixtures/calendar";
import { DECISION_FIXTURES } from "./fixtures/decisions";
import { EVALUATION_FIXTURES } from "./fixtures/evaluations";
import { FORM_FIXTURES } from "./fixtures/forms";
import { INBOX_FIXTURES } from "./fixtures/inbox";
import { TRANSFER_FIXTURES } from "./fixtures/input-transfer";
import { HEARD_FIXTURES } from "./fixtures/knowledge-heard";
import { MODERATION_FIXTURES } from "./fixtures/knowledge-moderation";
import { SUGGESTION_FIXTURES } from "./fixtures/knowledge-suggestions";
import { TRIAGE_FIXTURES } from "./fixtures/knowledge-triage";
import { MAIL_FIXTURES } from "./fixtures/mail";
import { POPULATION_FIXTURES } from "./fixtures/population";
import { PRIVACY_FIXTURES } from "./fixtures/privacy";
import { PROCESS_FIXTURES } from "./fixtures/processes";
import { RECORDING_FIXTURES } from "./fixtures/recording";
import { SIGNUP_FIXTURES } from "./fixtures/signups";

export type FixtureContext = {
  /** An admin user id (for creating prerequisites). */
  adminId: string;
  /** The user id the command will run as. */
  actorId: string;
};

export const COMMAND_FIXTURES: Record<string, (ctx: FixtureContext) => Promise<Record<string, unknown>>> = {
  changePassword: async () => ({
    currentPassword: TEST_PASSWORD,
    newPassword: "et-helt-nytt-passord-2026",
    confirmPassword: "et-helt-nytt-passord-2026",
  }),
  ...PROCESS_FIXTURES,
  ...SIGNUP_FIXTURES,
  ...FORM_FIXTURES,
  ...INBOX_FIXTURES,
  ...TRANSFER_FIXTURES,
  ...RECORDING_FIXTURES,
  ...CALENDAR_FIXTURES,
  ...DECISION_FIXTURES,
  ...POPULATION_FIXTURES,
  ...EVALUATION_FIXTURES,
  ...ACCOUNT_FIXTURES,
  ...TRIAGE_FIXTURES,
  ...SUGGESTION_FIXTURES,
  ...MODERATION_FIXTURES,
  ...HEARD_FIXTURES,
  ...PRIVACY_FIXTURES,
  ...MAIL_FIXTURES,
  // Target groups: each call makes its own draft process (and the group to change).
  createTargetGroup: async () => ({
    processId: (await freshTargetGroup()).processId,
    name: "Ungdom i bydelene",
    description: "Også de som ikke er med i ungdomsrådet.",
    audienceId: "",
    importance: "IMPORTANT",
    difficulty: "MEDIUM",
  }),
  updateTargetGroup: async () => {
    const g = await freshTargetGroup();
    return { processId: g.processId, id: g.id, name: "Eldre hjemmeboende", description: "", audienceId: "", importance: "VERY_IMPORTANT", difficulty: "EASY" };
  },
  placeTargetGroup: async () => {
    const g = await freshTargetGroup();
    return { processId: g.processId, id: g.id, importance: "LESS_IMPORTANT", difficulty: "HARD" };
  },
  deleteTargetGroup: async () => {
    const g = await freshTargetGroup();
    return { processId: g.processId, id: g.id, confirm: "on" };
  },
  // Suggestions are other processes' groups: a second process's group is copied.
  addSuggestedTargetGroups: async () => ({ processId: (await freshTargetGroup()).processId, suggestions: [(await freshTargetGroup()).id] }),
  // Methods toolbox: update and delete each get a method of their own, made here.
  createMethod: async () => ({ ...METHOD_FIELDS, name: `Ny metode ${randomBytes(4).toString("hex")}` }),
  updateMethod: async () => ({ ...METHOD_FIELDS, id: (await freshMethod()).id, name: `Endret metode ${randomBytes(4).toString("hex")}` }),
  deleteMethod: async () => ({ id: (await freshMethod()).id, confirm: "on" }),
};

/** A draft process of its own with one target group in it. */
async function freshTargetGroup() {
  const slug = `malgrupper-${randomBytes(4).toString("hex")}`;
  const created = await db.process.create({
    data: { slug, title: `Målgrupper ${slug}`, targetGroups: { create: { name: "Eldre", importance: "IMPORTANT", difficulty: "EASY" } } },
    select: { id: true, targetGroups: { select: { id: true } } },
  });
  return { processId: created.id, id: created.targetGroups[0]!.id };
}

const METHOD_FIELDS = {
  description: "Politikere og innbyggere møtes til en samtale.",
  howTo: "",
  timeLevel: "LOW",
  moneyLevel: "MEDIUM",
  effortLevel: "HIGH",
  typicalSize: "10–20 deltakere",
  channel: "BOTH",
  audienceIds: [] as string[],
};

/** A toolbox method nothing refers to (so it can be changed or deleted). */
async function freshMethod() {
  const slug = `metode-${randomBytes(4).toString("hex")}`;
  return db.method.create({
    data: { slug, name: `Metode ${slug}`, timeLevel: "LOW", moneyLevel: "LOW", effortLevel: "LOW", channel: "PHYSICAL" },
    select: { id: true },
  });
}
