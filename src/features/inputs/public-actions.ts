"use server";
// The public form's action: no account, so it does not use the signed-in gate; the guards
// live in submit-public-input.ts. Works without JavaScript (a plain form post). Messages are
// in the form's language (the hidden `sprak` field), which may differ from the visitor's.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { completeLanguages } from "@/features/forms/types";
import { getPublicForm } from "@/features/forms/queries";
import { type ActionState, formDataToObject } from "@/lib/action";
import { clientKey } from "@/lib/client-address";
import { isDatabaseUnavailable } from "@/lib/errors";
import { LANGUAGE_PARAM, LOCALE_COOKIE, isUiLocale, toUiLocale } from "@/lib/i18n/config";
import { translateKey } from "@/lib/i18n/translator";
import { submitPublicInput } from "./submit-public-input";
import { getCitizen, meetsLevel } from "@/features/sso/citizen-session";

export async function submitInputAction(_prev: ActionState<never>, formData: FormData): Promise<ActionState<never>> {
  const [h, store] = await Promise.all([headers(), cookies()]);
  const uiLocale = toUiLocale(store.get(LOCALE_COOKIE)?.value);
  const { input, values } = formDataToObject(formData);
  // With the database down, the form comes back with the text and a try-again message.
  let unavailable = false;
  const form = await getPublicForm(String(input.form ?? "")).catch((error: unknown) => {
    if (!isDatabaseUnavailable(error)) throw error;
    unavailable = true;
    return null;
  });
  const offered = form ? completeLanguages(form) : [];
  const asked = isUiLocale(input.sprak) ? input.sprak : uiLocale;
  const language = offered.find((l) => l === asked) ?? (form ? "nb" : asked);
  const fail = (key: string, fieldErrors: Record<string, string> = {}, v?: Record<string, string | number>) => ({
    status: "error" as const,
    message: translateKey(language, key, v),
    fieldErrors,
    values,
    requestId: h.get("x-request-id") ?? "",
  });
  if (unavailable) return fail("errors.unavailable");
  if (!form) return fail("errors.notFound");
  // The client is known only by a hash of its address (right end of X-Forwarded-For, see
  // client-address.ts): enough to rate-limit, nothing to store.
  // ID-porten (issue #21): a form may require it; a signed-in citizen's input is linked to them.
  const citizen = await getCitizen();
  if (!meetsLevel(citizen?.acr ?? "", form.citizenSignIn)) return fail(form.citizenSignIn === "HIGH" ? "sso.citizen.requiredHigh" : "sso.citizen.required");
  const result = await submitPublicInput(form, input, { clientKey: clientKey(h), locale: language, citizenId: citizen?.citizenId }).catch((error: unknown) => {
    if (!isDatabaseUnavailable(error)) throw error;
    return { ok: false as const, reason: "unavailable" as const };
  });
  if (result.ok) {
    // The receipt speaks the form's language; ?sprak= carries it when it is not the visitor's own.
    const query = new URLSearchParams();
    if (!result.repeated) query.set("ny", "1");
    if (language !== uiLocale) query.set(LANGUAGE_PARAM, language);
    redirect(`/kvittering/${result.receiptCode}${query.size ? `?${query}` : ""}`);
  }
  if (result.reason === "invalid") {
    const fieldErrors: Record<string, string> = {};
    for (const issue of result.issues) fieldErrors[issue.field] ??= translateKey(language, issue.message, issue.values);
    return fail("errors.invalid", fieldErrors, { count: Object.keys(fieldErrors).length });
  }
  if (result.reason === "unavailable") return fail("errors.unavailable");
  return fail(`forms.${result.reason}`);
}
