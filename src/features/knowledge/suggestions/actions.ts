"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { getSessionUser, safeReturnPath } from "@/lib/session";
import { acceptAllSuggestionsCommand, acceptSuggestionCommand, rejectSuggestionCommand, trainSuggestionModelCommand } from "./commands";
import { SUGGESTIONS_PATH, withStatus } from "./paths";
import { retrainIfDue, trainAndStoreModel } from "./train-model";

const back = (fd: FormData) => {
  const to = safeReturnPath(fd.get("returnTo"), SUGGESTIONS_PATH);
  return to.startsWith("/admin") ? to : SUGGESTIONS_PATH;
};
// Accepted tags teach the model: retrain after the response once enough have gathered.
const learn = () => {
  revalidatePath("/admin/kunnskapsbase", "layout");
  after(() => retrainIfDue());
};

const acceptHandler = serverAction(acceptSuggestionCommand, learn);
export async function acceptSuggestionAction(prev: ActionState<unknown>, fd: FormData) {
  const state = await acceptHandler(prev as never, fd);
  if (state.status === "success") redirect(withStatus(back(fd), "godtatt"));
  return state;
}

const rejectHandler = serverAction(rejectSuggestionCommand, () => revalidatePath("/admin/kunnskapsbase", "layout"));
export async function rejectSuggestionAction(prev: ActionState<unknown>, fd: FormData) {
  const state = await rejectHandler(prev as never, fd);
  if (state.status === "success") redirect(withStatus(back(fd), "avvist"));
  return state;
}

const acceptAllHandler = serverAction(acceptAllSuggestionsCommand, learn);
export async function acceptAllSuggestionsAction(prev: ActionState<unknown>, fd: FormData) {
  const state = await acceptAllHandler(prev as never, fd);
  if (state.status === "success") redirect(withStatus(back(fd), "alle"));
  return state;
}

const trainHandler = serverAction(trainSuggestionModelCommand);
export async function trainSuggestionModelAction(prev: ActionState<unknown>, fd: FormData) {
  const state = await trainHandler(prev as never, fd);
  if (state.status !== "success") return state;
  const trained = await trainAndStoreModel({ trainedById: (await getSessionUser())?.id ?? null });
  revalidatePath("/admin/kunnskapsbase", "layout");
  redirect(withStatus(SUGGESTIONS_PATH, trained === "busy" ? "opptatt" : trained === "empty" ? "tom" : "trent"));
}
