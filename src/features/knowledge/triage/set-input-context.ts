// Target group (one of the input's process's groups) and district of an input, or none.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockInput } from "@/lib/lock-input";
import type { SetInputDistrict, SetInputTargetGroup } from "./schemas";

export async function setInputTargetGroup(tx: Tx, input: SetInputTargetGroup) {
  const before = await lockInput(tx, input.inputId, "knowledgeTriage.inputNotFound");
  if (input.targetGroupId) {
    const group = await tx.targetGroup.findFirst({ where: { id: input.targetGroupId, processId: before.processId }, select: { id: true } });
    if (!group) throw new AppError("NOT_FOUND", "knowledgeTriage.targetGroupNotInProcess", "targetGroupId");
  }
  await tx.input.update({ where: { id: before.id }, data: { targetGroupId: input.targetGroupId } });
  return { id: before.id, processId: before.processId, targetGroupId: input.targetGroupId };
}

export async function setInputDistrict(tx: Tx, input: SetInputDistrict) {
  const before = await lockInput(tx, input.inputId, "knowledgeTriage.inputNotFound");
  if (input.districtId) {
    const district = await tx.district.findUnique({ where: { id: input.districtId }, select: { id: true } });
    if (!district) throw new AppError("NOT_FOUND", "knowledgeTriage.districtNotFound", "districtId");
  }
  await tx.input.update({ where: { id: before.id }, data: { districtId: input.districtId } });
  return { id: before.id, processId: before.processId, districtId: input.districtId };
}
