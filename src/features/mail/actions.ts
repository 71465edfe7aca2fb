"use server";

import { serverAction } from "@/lib/server-action";
import { resendOutboxMessageCommand, saveMailPreferencesCommand } from "./commands";

export const saveMailPreferencesAction = serverAction(saveMailPreferencesCommand);
export const resendOutboxMessageAction = serverAction(resendOutboxMessageCommand, { revalidate: (r) => [`/admin/utsending/${r.id}`] });
