"use server";

// Server actions of «Til avklaring»: through the gate, then back to the page that asked.
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import {
  addQuestionCommand,
  decideQuestionCommand,
  setQuestionPublicCommand,
  type AddedQuestion,
  type DecidedQuestion,
  type QuestionVisibility,
} from "./commands";

// Decisions show on the dashboard and the public process page.
const revalidate = [["/", "layout"]] as const;

const add = serverAction(addQuestionCommand, { revalidate });
export async function addQuestionAction(prev: ActionState<AddedQuestion>, fd: FormData) {
  return add(prev, fd);
}
const decide = serverAction(decideQuestionCommand, { revalidate });
export async function decideQuestionAction(prev: ActionState<DecidedQuestion>, fd: FormData) {
  return decide(prev, fd);
}
const visibility = serverAction(setQuestionPublicCommand, { revalidate });
export async function setQuestionPublicAction(prev: ActionState<QuestionVisibility>, fd: FormData) {
  return visibility(prev, fd);
}
