// The demo starts with a trained model, so its untagged inputs show suggestions at once.
import type { Db } from "@/lib/db";
import { trainAndStoreModel } from "./train-model";

export async function seedSuggestionModel(client: Db) {
  await trainAndStoreModel({ client });
}
