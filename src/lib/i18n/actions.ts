"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formDataToObject } from "@/lib/action";
import { returnPath } from "@/lib/server-action";
import { LOCALE_COOKIE, toUiLocale } from "./config";

// The switch has no gate (anyone may choose a language), but its values pass a schema too.
const localeSwitchSchema = z.object({ locale: z.string().catch("").transform(toUiLocale), returnTo: returnPath() });

/** The language switch: a plain form post, so it works without JavaScript. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const { locale, returnTo } = localeSwitchSchema.parse(formDataToObject(formData).input);
  const store = await cookies();
  store.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  redirect(returnTo ?? "/");
}
