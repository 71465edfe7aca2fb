"use server";

import { after } from "next/server";
import { z } from "zod";
import type { ActionState } from "@/lib/action";
import { returnPath, serverAction } from "@/lib/server-action";
import { acceptAllSuggestionsCommand, acceptSuggestionCommand, rejectSuggestionCommand, trainSuggestionModelCommand } from "./commands";
import { SUGGESTIONS_PATH, withStatus } from "./paths";
import { retrainIfDue, trainAndStoreModel } from "./train-model";

// Back to the admin page the suggestion was shown on, with the decision's notice.
const context = z.object({ returnTo: returnPath("/admin") });
const revalidate = [["/admin/kunnskapsbase", "layout"]] as const;
const back = (status: string) => (_r: unknown, i: { returnTo: string | null }) => withStatus(i.returnTo ?? SUGGESTIONS_PATH, status);
// Accepted tags teach the model: retrain after the response once enough have gathered.
const learn = () => after(() => retrainIfDue());

const acceptHandler = serverAction(acceptSuggestionCommand, { context, revalidate, then: learn, redirect: back("godtatt") });
export async function acceptSuggestionAction(prev: ActionState<unknown>, fd: FormData) {
  return acceptHandler(prev as never, fd);
}

const rejectHandler = serverAction(rejectSuggestionCommand, { context, revalidate, redirect: back("avvist") });
export async function rejectSuggestionAction(prev: ActionState<unknown>, fd: FormData) {
  return rejectHandler(prev as never, fd);
}

const acceptAllHandler = serverAction(acceptAllSuggestionsCommand, { context, revalidate, then: learn, redirect: back("alle") });
export async function acceptAllSuggestionsAction(prev: ActionState<unknown>, fd: FormData) {
  return acceptAllHandler(prev as never, fd);
}

// The gate authorises and audits; the training itself runs after it, outside its transaction.
const trainHandler = serverAction(trainSuggestionModelCommand, {
  revalidate,
  redirect: async (r) => {
    const trained = await trainAndStoreModel({ trainedById: r.requestedById });
    return withStatus(SUGGESTIONS_PATH, trained === "busy" ? "opptatt" : trained === "empty" ? "tom" : "trent");
  },
});
export async function trainSuggestionModelAction(prev: ActionState<unknown>, fd: FormData) {
  return trainHandler(prev as never, fd);
}
