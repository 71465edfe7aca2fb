// Demo data for recording: politiker@medvirk.test always has a started activity with a
// confirmed place (so "Registrer innspill" shows on their home page), and the sample inputs
// heard at activities are credited to politicians who actually had a place there.
import type { Tx } from "@/lib/db";

export const DEMO_RECORDER_EMAIL = "politiker@medvirk.test";

export async function seedRecordingDemo(tx: Tx, { processId, today }: { processId: string; today: Date }) {
  const started = await tx.activity.findMany({
    where: { processId, startsAt: { lte: today }, status: { not: "CANCELLED" } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, _count: { select: { inputs: { where: { channel: "ACTIVITY" } } } } },
  });
  if (started.length === 0) return;
  const me = await tx.user.findUnique({ where: { email: DEMO_RECORDER_EMAIL }, select: { id: true } });
  if (me) {
    const mine = await tx.signup.count({ where: { userId: me.id, status: "CONFIRMED", activityId: { in: started.map((a) => a.id) } } });
    if (mine === 0) {
      // The activity where most was heard, so the demo politician has a list to look at.
      const target = started.reduce((best, a) => (a._count.inputs > best._count.inputs ? a : best));
      await tx.signup.upsert({
        where: { activityId_userId: { activityId: target.id, userId: me.id } },
        create: { activityId: target.id, userId: me.id, status: "CONFIRMED", queuedAt: new Date(today.getTime() - 30 * 86_400_000) },
        update: { status: "CONFIRMED" },
      });
    }
  }
  // Inputs heard at an activity are recorded by someone who was there (round-robin).
  for (const a of started) {
    const there = await tx.signup.findMany({
      where: { activityId: a.id, status: "CONFIRMED", user: { role: "POLITICIAN" } },
      orderBy: { queuedAt: "asc" },
      select: { userId: true },
    });
    if (there.length === 0) continue;
    const inputs = await tx.input.findMany({ where: { activityId: a.id, channel: "ACTIVITY" }, orderBy: { submittedAt: "asc" }, select: { id: true } });
    for (const [i, input] of inputs.entries()) {
      await tx.input.update({ where: { id: input.id }, data: { recordedById: there[i % there.length]!.userId } });
    }
  }
}
