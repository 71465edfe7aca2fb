"use server";
// Server actions of «Til avklaring»: through the gate, then back to the page that asked.
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import {
  type AddedQuestion,
  type DecidedQuestion,
  type QuestionVisibility,
  addQuestionCommand,
  decideQuestionCommand,
  setQuestionPublicCommand,
} from "./commands";

// Decisions show on the dashboard and the public process page.
const refresh = () => revalidatePath("/", "layout");

const add = serverAction(addQuestionCommand, refresh);
export async function addQuestionAction(prev: ActionState<AddedQuestion>, fd: FormData) {
  return add(prev, fd);
}
const decide = serverAction(decideQuestionCommand, refresh);
export async function decideQuestionAction(prev: ActionState<DecidedQuestion>, fd: FormData) {
  return decide(prev, fd);
}
const visibility = serverAction(setQuestionPublicCommand, refresh);
export async function setQuestionPublicAction(prev: ActionState<QuestionVisibility>, fd: FormData) {
  return visibility(prev, fd);
}
