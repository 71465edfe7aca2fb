// Adapts the gate (action.ts) to React form actions: reads the session and language from
// the request, turns FormData into an object and hands both to runAction.
import type { z } from "zod";
import { cookies } from "next/headers";
import { getSessionUser } from "./session";
import { type ActionDefinition, type ActionState, formDataToObject, runAction } from "./action";
import { LOCALE_COOKIE, toUiLocale } from "./i18n/config";

export function serverAction<S extends z.ZodType, R>(def: ActionDefinition<S, R>, after?: (data: R) => Promise<void> | void) {
  return async (_prev: ActionState<R>, formData: FormData): Promise<ActionState<R>> => {
    const [user, store] = await Promise.all([getSessionUser(), cookies()]);
    const { input, values } = formDataToObject(formData);
    const state = await runAction(def, {
      userId: user?.id,
      mustChangePassword: user?.mustChangePassword,
      input,
      values,
      locale: toUiLocale(store.get(LOCALE_COOKIE)?.value),
    });
    if (state.status === "success" && after) await after(state.data);
    return state;
  };
}
