// The fields that name an activity and say when (and where) it is: every list, heading and
// calendar entry of activities starts with them, so they are written once. Lives with processes
// (the lowest layer that knows activities) so every feature that lists activities may use it.
import type { Prisma } from "@/generated/prisma/client";

export const activityWhenSelect = { id: true, title: true, startsAt: true, endsAt: true } satisfies Prisma.ActivitySelect;

export const activityWhenWhereSelect = { ...activityWhenSelect, place: true, isOnline: true } satisfies Prisma.ActivitySelect;
