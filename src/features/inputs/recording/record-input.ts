// A politician (or the administration) records one input heard at an activity. The channel
// is ACTIVITY and the method, process and phase come from the activity; the recorder is the
// actor. An idempotency key (hidden field) makes a double tap on a phone store one input.
import { categoriesFor } from "@/features/forms/answer-schema";
import { arrivalFields } from "@/features/knowledge/arrival";
import type { Actor } from "@/lib/action";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { generateReceiptCode } from "@/lib/receipt-code";
import { recordingRefusal } from "./rules";
import type { RecordInput } from "./schemas";

export type Recorded = { id: string; processId: string; activityId: string; receiptCode: string; repeated: boolean };

const RECORDED_SELECT = { id: true, processId: true, activityId: true, receiptCode: true, recordedById: true } as const;

export async function recordInput(tx: Tx, actor: Actor, input: RecordInput, now = new Date()): Promise<Recorded> {
  const again = await tx.input.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: RECORDED_SELECT });
  if (again) return repeated(again, actor, input.activityId);

  const activity = await tx.activity.findUnique({
    where: { id: input.activityId },
    select: {
      id: true,
      processId: true,
      phaseId: true,
      methodId: true,
      status: true,
      startsAt: true,
      process: { select: { status: true } },
      phase: { select: { kind: true } },
      signups: { where: { userId: actor.id }, select: { status: true } },
    },
  });
  if (!activity) throw new AppError("NOT_FOUND", "recording.notFound");
  const refusal = recordingRefusal(activity, actor, activity.signups[0]?.status ?? null, now);
  if (refusal) throw new AppError("CONFLICT", refusal);

  if (!(categoriesFor(activity.phase?.kind ?? null) as readonly string[]).includes(input.category)) {
    throw new AppError("INVALID", "recording.categoryPhase", "category");
  }
  if (input.targetGroupId) {
    const group = await tx.targetGroup.findFirst({ where: { id: input.targetGroupId, processId: activity.processId }, select: { id: true } });
    if (!group) throw new AppError("INVALID", "recording.targetGroup", "targetGroupId");
  }
  if (input.districtId) {
    const district = await tx.district.findUnique({ where: { id: input.districtId }, select: { id: true } });
    if (!district) throw new AppError("INVALID", "recording.district", "districtId");
  }

  // ON CONFLICT DO NOTHING: when two taps race, the second waits for the first to commit and
  // then stores nothing; it reads the winner back below instead of failing.
  const [created] = await tx.input.createManyAndReturn({
    data: [
      {
        processId: activity.processId,
        phaseId: activity.phaseId,
        activityId: activity.id,
        methodId: activity.methodId,
        text: input.text,
        ...arrivalFields(input.text),
        category: input.category,
        channel: "ACTIVITY",
        language: input.language,
        districtId: input.districtId,
        targetGroupId: input.targetGroupId,
        receiptCode: generateReceiptCode(),
        idempotencyKey: input.idempotencyKey,
        recordedById: actor.id,
        submittedAt: now,
      },
    ],
    skipDuplicates: true,
    select: RECORDED_SELECT,
  });
  if (created) return { ...toRecorded(created), repeated: false };
  const winner = await tx.input.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: RECORDED_SELECT });
  if (!winner) throw new AppError("CONFLICT", "conflict");
  return repeated(winner, actor, input.activityId);
}

type Row = { id: string; processId: string; activityId: string | null; receiptCode: string; recordedById: string | null };

const toRecorded = (r: Row) => ({ id: r.id, processId: r.processId, activityId: r.activityId ?? "", receiptCode: r.receiptCode });

/** The same key again: the same input, but only for the same person and activity. */
function repeated(row: Row, actor: Actor, activityId: string): Recorded {
  if (row.recordedById !== actor.id || row.activityId !== activityId) throw new AppError("CONFLICT", "recording.keyUsed");
  return { ...toRecorded(row), repeated: true };
}
