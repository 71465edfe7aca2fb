import { db } from "@/lib/db";

/** The districts in the order citizens see them, with how much refers to each (counted in SQL). */
export const listDistrictsWithUse = () =>
  db.district.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    take: 500,
    select: { id: true, slug: true, name: true, _count: { select: { inputs: true, activities: true } } },
  });
