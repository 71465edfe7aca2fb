// Saves every choice made on the one-input triage page in one transaction — category, topics,
// thematic plans, target group, district, status and public response — and then, as the pressed
// button says, marks the input sorted or hides it. Only what differs from the input is written,
// so a kept category keeps its source (an accepted suggestion stays SUGGESTION) and the audit
// entry lists what actually changed. Built from the single-purpose services, so the rules (a
// category must fit the phase, a target group must belong to the process …) are the same.
import { hideInput } from "@/features/inputs/inbox/hide-input";
import { setInputStatus } from "@/features/inputs/inbox/set-input-status";
import type { Tx } from "@/lib/db";
import { lockInput } from "@/lib/lock-input";
import { markInputTriaged } from "./mark-input-triaged";
import type { SaveTriageInput } from "./schemas";
import { setInputCategory } from "./set-input-category";
import { setInputDistrict, setInputTargetGroup } from "./set-input-context";
import { setInputPlans } from "./set-input-plans";
import { setInputTopics } from "./set-input-topics";

export type TriageChanges = {
  category?: string;
  topicsAdded?: number;
  topicsRemoved?: number;
  plansAdded?: number;
  plansRemoved?: number;
  targetGroupId?: string | null;
  districtId?: string | null;
  status?: string;
  publicResponse?: string;
  triaged?: boolean;
  hidden?: string;
};

export async function saveTriageInput(tx: Tx, input: SaveTriageInput, actorId: string) {
  const locked = await lockInput(tx, input.inputId, "knowledgeTriage.inputNotFound");
  const now = await tx.input.findUniqueOrThrow({
    where: { id: locked.id },
    select: { category: true, targetGroupId: true, districtId: true, status: true, publicResponse: true },
  });
  const changes: TriageChanges = {};
  const inputId = locked.id;

  if (input.category !== undefined && input.category !== now.category) {
    await setInputCategory(tx, { inputId, category: input.category });
    changes.category = input.category;
  }
  if (input.topicIds !== undefined) {
    const r = await setInputTopics(tx, { inputId, topicIds: input.topicIds }, actorId);
    if (r.added) changes.topicsAdded = r.added;
    if (r.removed) changes.topicsRemoved = r.removed;
  }
  if (input.planIds !== undefined) {
    const r = await setInputPlans(tx, { inputId, planIds: input.planIds });
    if (r.added) changes.plansAdded = r.added;
    if (r.removed) changes.plansRemoved = r.removed;
  }
  if (input.targetGroupId !== undefined && input.targetGroupId !== now.targetGroupId) {
    await setInputTargetGroup(tx, { inputId, targetGroupId: input.targetGroupId });
    changes.targetGroupId = input.targetGroupId;
  }
  if (input.districtId !== undefined && input.districtId !== now.districtId) {
    await setInputDistrict(tx, { inputId, districtId: input.districtId });
    changes.districtId = input.districtId;
  }
  const status = input.status ?? now.status;
  const publicResponse = input.publicResponse ?? now.publicResponse;
  if (status !== now.status || publicResponse !== now.publicResponse) {
    await setInputStatus(tx, { inputId, status, publicResponse });
    if (status !== now.status) changes.status = status;
    if (publicResponse !== now.publicResponse) changes.publicResponse = publicResponse;
  }
  if (input.then === "done") {
    const r = await markInputTriaged(tx, { inputId }, actorId);
    if (!r.already) changes.triaged = true;
  }
  if (input.then === "hide" && input.hideReason) {
    const r = await hideInput(tx, { inputId, reason: input.hideReason, note: input.hideNote });
    changes.hidden = r.hiddenReason;
  }
  return { id: inputId, processId: locked.processId, then: input.then, changes };
}
