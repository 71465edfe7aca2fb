import { db } from "@/lib/db";

export const listThematicPlansWithUse = () =>
  db.thematicPlan.findMany({
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, description: true, _count: { select: { processes: true, inputs: true } } },
  });
