"use server";
// The public form's action: no account, so it does not use the signed-in gate; the guards
// live in submit-public-input.ts. Works without JavaScript (a plain form post).
import { createHash } from "node:crypto";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { completeLanguages } from "@/features/forms/types";
import { getPublicForm } from "@/features/forms/queries";
import { type ActionState, formDataToObject } from "@/lib/action";
import { LOCALE_COOKIE, toUiLocale } from "@/lib/i18n/config";
import { translateKey } from "@/lib/i18n/translator";
import { submitPublicInput } from "./submit-public-input";

export async function submitInputAction(_prev: ActionState<never>, formData: FormData): Promise<ActionState<never>> {
  const [h, store] = await Promise.all([headers(), cookies()]);
  const uiLocale = toUiLocale(store.get(LOCALE_COOKIE)?.value);
  const { input, values } = formDataToObject(formData);
  const fail = (key: string, fieldErrors: Record<string, string> = {}, v?: Record<string, string | number>) => ({
    status: "error" as const,
    message: translateKey(uiLocale, key, v),
    fieldErrors,
    values,
    requestId: h.get("x-request-id") ?? "",
  });
  const form = await getPublicForm(String(input.form ?? ""));
  if (!form) return fail("errors.notFound");
  const offered = completeLanguages(form);
  const language = offered.find((l) => l === input.sprak) ?? "nb";
  // The client is known only by a hash of its address: enough to rate-limit, nothing to store.
  const address = (h.get("x-forwarded-for") ?? "").split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
  const clientKey = createHash("sha256").update(`${address}|${process.env.AUTH_SECRET ?? ""}`).digest("hex").slice(0, 32);
  const result = await submitPublicInput(form, input, { clientKey, locale: language });
  if (result.ok) redirect(`/kvittering/${result.receiptCode}${result.repeated ? "" : "?ny=1"}`);
  if (result.reason === "invalid") {
    const fieldErrors: Record<string, string> = {};
    for (const issue of result.issues) fieldErrors[issue.field] ??= translateKey(uiLocale, issue.message, { max: 5000, min: 1 });
    return fail("errors.invalid", fieldErrors, { count: Object.keys(fieldErrors).length });
  }
  return fail(`forms.${result.reason}`);
}
