"use server";

import { serverAction } from "@/lib/server-action";
import { deleteThematicPlanCommand, saveThematicPlanCommand } from "./commands";

const revalidate = [["/", "layout"]] as const;

export const saveThematicPlanAction = serverAction(saveThematicPlanCommand, { revalidate });

export const deleteThematicPlanAction = serverAction(deleteThematicPlanCommand, { revalidate });
