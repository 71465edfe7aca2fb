"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/session";
import { LOCALE_COOKIE, toUiLocale } from "./config";

/** The language switch: a plain form post, so it works without JavaScript. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = toUiLocale(String(formData.get("locale") ?? ""));
  const store = await cookies();
  store.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  redirect(safeReturnPath(formData.get("returnTo"), "/"));
}
