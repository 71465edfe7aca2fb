// One target group as the group leaders see it from the coverage matrix: the activities aimed
// at it (with how many evaluations said it was reached) and the inputs from it, newest first
// in keyset pages. Input words only through publicText() (held or flagged text is not shown).
import { olderThan, type InboxCursor } from "@/features/inputs/inbox/cursor";
import { quotableSelect } from "@/features/knowledge/heard/quotes";
import { publicText } from "@/features/knowledge/moderation/public-text";
import { activityWhenSelect } from "@/features/processes/activity-select";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";

const PAGE = 50;

export async function targetGroupDetail(processId: string, groupId: string, cursor?: InboxCursor) {
  if (!isUuid(groupId)) return null;
  const group = await db.targetGroup.findFirst({
    where: { id: groupId, processId },
    select: { id: true, name: true, description: true, importance: true, difficulty: true },
  });
  if (!group) return null;
  const [activities, inputs] = await Promise.all([
    db.activity.findMany({
      where: { processId, targetGroups: { some: { targetGroupId: groupId } } },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: 200,
      select: {
        ...activityWhenSelect,
        status: true,
        method: { select: { name: true } },
        _count: { select: { evaluations: { where: { reachedGroups: { some: { targetGroupId: groupId } } } } } },
      },
    }),
    db.input.findMany({
      where: { processId, targetGroupId: groupId, isHidden: false, ...(cursor ? olderThan(cursor) : {}) },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      take: PAGE + 1,
      // What publicText() needs to decide, as «Dette har vi hørt» reads it.
      select: { ...quotableSelect, submittedAt: true, category: true, channel: true },
    }),
  ]);
  const now = Date.now();
  const page = inputs.slice(0, PAGE);
  return {
    group,
    activities: activities.map(({ _count, method, ...a }) => ({
      ...a,
      method: method.name,
      reached: _count.evaluations,
      state: a.status === "CANCELLED" ? ("CANCELLED" as const) : a.endsAt.getTime() < now ? ("HELD" as const) : ("PLANNED" as const),
    })),
    inputs: page.map((i) => ({ id: i.id, submittedAt: i.submittedAt, category: i.category, language: i.language, channel: i.channel, text: publicText(i) })),
    next: inputs.length > PAGE ? page.at(-1)! : null,
  };
}
