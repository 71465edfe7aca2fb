"use server";

// Server actions for mail (thin: the gate does the rest).
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { resendOutboxMessageCommand, saveMailPreferencesCommand } from "./commands";

const savePreferences = serverAction(saveMailPreferencesCommand);
const resend = serverAction(resendOutboxMessageCommand, { revalidate: (r) => [`/admin/utsending/${r.id}`] });

export async function saveMailPreferencesAction(prev: ActionState<{ userId: string; off: number }>, formData: FormData) {
  return savePreferences(prev, formData);
}

export async function resendOutboxMessageAction(prev: ActionState<{ id: string }>, formData: FormData) {
  return resend(prev, formData);
}
