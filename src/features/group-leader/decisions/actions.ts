"use server";

import { serverAction } from "@/lib/server-action";
import { addQuestionCommand, decideQuestionCommand, setQuestionPublicCommand } from "./commands";

// Decisions show on the dashboard and the public process page.
const revalidate = [["/", "layout"]] as const;

export const addQuestionAction = serverAction(addQuestionCommand, { revalidate });
export const decideQuestionAction = serverAction(decideQuestionCommand, { revalidate });
export const setQuestionPublicAction = serverAction(setQuestionPublicCommand, { revalidate });
