"use server";

// The citizen's privacy request from the receipt page: no account (see submit-privacy-request.ts
// for the guards). Works without JavaScript: a plain form post re-rendered with the state.
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { formDataToObject, type ActionState } from "@/lib/action";
import { clientKey } from "@/lib/client-address";
import { isDatabaseUnavailable } from "@/lib/errors";
import { isUiLocale, LOCALE_COOKIE, toUiLocale } from "@/lib/i18n/config";
import { translateKey } from "@/lib/i18n/translator";
import { submitPrivacyRequest } from "./submit-privacy-request";

export async function privacyRequestAction(_prev: ActionState<{ id: string }>, formData: FormData): Promise<ActionState<{ id: string }>> {
  const [h, store] = await Promise.all([headers(), cookies()]);
  const { input, values } = formDataToObject(formData);
  const locale = isUiLocale(input.sprak) ? input.sprak : toUiLocale(store.get(LOCALE_COOKIE)?.value);
  const fail = (key: string, fieldErrors: Record<string, string> = {}, v?: Record<string, string | number>) => ({
    status: "error" as const,
    message: translateKey(locale, key, v),
    fieldErrors,
    values,
    requestId: h.get("x-request-id") ?? "",
  });
  const result = await submitPrivacyRequest(input, { clientKey: clientKey(h), locale }).catch((error: unknown) => {
    if (!isDatabaseUnavailable(error)) throw error;
    return { ok: false as const, reason: "unavailable" as const };
  });
  if (result.ok) {
    revalidatePath(`/kvittering/${String(input.code ?? "")}`);
    return { status: "success", data: { id: result.id }, message: translateKey(locale, "privacy.public.sent") };
  }
  if (result.reason === "invalid") {
    const fieldErrors: Record<string, string> = {};
    for (const issue of result.issues) fieldErrors[issue.field] ??= translateKey(locale, issue.message, issue.values);
    return fail("errors.invalid", fieldErrors, { count: Object.keys(fieldErrors).length });
  }
  if (result.reason === "unavailable") return fail("errors.unavailable");
  return fail("privacy.public.rateLimited");
}
