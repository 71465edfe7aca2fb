// Reads for the toolbox pages. Explicit selects; counts come from SQL (_count).
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { LEVELS, type ChannelValue, type LevelValue } from "./schemas";

export type MethodFilter = { audienceId?: string; maxEffort?: LevelValue; channel?: ChannelValue; q?: string };

// Norwegian order (… Z Æ Ø Å); the database's C collation would put Å before Ø.
const collator = new Intl.Collator("nb");

/** The fields of a method the toolbox form edits (the update compares them to report what changed). */
export const methodEditableSelect = {
  name: true,
  description: true,
  howTo: true,
  timeLevel: true,
  moneyLevel: true,
  effortLevel: true,
  typicalSize: true,
  channel: true,
} satisfies Prisma.MethodSelect;

const audienceSelect = {
  orderBy: [{ audience: { position: "asc" } }, { audience: { name: "asc" } }],
  select: { audience: { select: { id: true, slug: true, name: true } } },
} satisfies Prisma.Method$audiencesArgs;

/** The toolbox, filtered. A channel filter keeps methods that work both ways ("BOTH"). */
export async function listMethods(filter: MethodFilter = {}) {
  const methods = await db.method.findMany({
    where: {
      ...(filter.audienceId ? { audiences: { some: { audienceId: filter.audienceId } } } : {}),
      ...(filter.maxEffort ? { effortLevel: { in: LEVELS.slice(0, LEVELS.indexOf(filter.maxEffort) + 1) } } : {}),
      ...(filter.channel ? { channel: { in: filter.channel === "BOTH" ? ["BOTH"] : [filter.channel, "BOTH"] } } : {}),
      ...(filter.q ? { OR: [{ name: { contains: filter.q, mode: "insensitive" } }, { description: { contains: filter.q, mode: "insensitive" } }] } : {}),
    },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      timeLevel: true,
      moneyLevel: true,
      effortLevel: true,
      typicalSize: true,
      channel: true,
      audiences: audienceSelect,
      _count: { select: { activities: true } },
    },
  });
  return methods.sort((a, b) => collator.compare(a.name, b.name));
}
export type MethodListItem = Awaited<ReturnType<typeof listMethods>>[number];

export async function countMethods() {
  return db.method.count();
}

/** One method for its edit page, with what refers to it (to explain why it cannot be deleted). */
export async function getMethod(id: string) {
  if (!isUuid(id)) return null;
  return db.method.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      ...methodEditableSelect,
      updatedAt: true,
      audiences: audienceSelect,
      _count: { select: { activities: true, inputs: true } },
      activities: {
        orderBy: { startsAt: "desc" },
        take: 10,
        select: { id: true, title: true, startsAt: true, process: { select: { title: true } } },
      },
    },
  });
}
export type MethodDetail = NonNullable<Awaited<ReturnType<typeof getMethod>>>;

/** The shared target-group kinds, in their own order. */
export async function listAudiences() {
  return db.audience.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true } });
}
