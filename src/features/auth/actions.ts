"use server";

// Account actions. Sign-in is the one action without a signed-in user, so it does not go
// through the gate; it relies on Auth.js and the throttles in authenticate.ts.
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { entraConfig } from "@/features/auth/sso/config";
import { ENTRA_PROVIDER } from "@/features/auth/sso/staff-sign-in";
import { formDataToObject, type ActionState } from "@/lib/action";
import { signIn, signOut } from "@/lib/auth";
import { db } from "@/lib/db";
import { LOCALE_COOKIE, toUiLocale } from "@/lib/i18n/config";
import { translateKey } from "@/lib/i18n/translator";
import { serverAction } from "@/lib/server-action";
import { CHANGE_PASSWORD_PATH, getSessionUser, roleHome, safeReturnPath } from "@/lib/session";
import { THROTTLE_MINUTES } from "./authenticate";
import { changePasswordCommand } from "./commands";
import { signInSchema } from "./schemas";

export type SignInState = ActionState<never>;

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const locale = toUiLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const { input, values: echoed } = formDataToObject(formData);
  const values = { email: String(echoed.email ?? ""), tilbake: String(echoed.tilbake ?? "") };
  const fail = (key: string, fieldErrors: Record<string, string> = {}) => ({
    status: "error" as const,
    message: translateKey(locale, key, { minutes: THROTTLE_MINUTES, count: Object.keys(fieldErrors).length }),
    fieldErrors,
    values,
    requestId: "",
  });
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= translateKey(locale, issue.message);
    return fail("errors.invalid", fieldErrors);
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return fail(code === "throttled" ? "auth.throttled" : "auth.invalid");
    }
    throw error;
  }
  const user = await db.user.findUnique({ where: { email: parsed.data.email.trim().toLowerCase() }, select: { role: true, mustChangePassword: true } });
  const home = user ? roleHome(user.role) : "/";
  redirect(user?.mustChangePassword ? CHANGE_PASSWORD_PATH : safeReturnPath(parsed.data.tilbake, home));
}

export async function signOutAction(): Promise<void> {
  // Someone who came through Entra ID is offered the identity provider's sign-out as well.
  const user = await getSessionUser();
  const viaEntra = user && entraConfig() ? await db.authIdentity.count({ where: { userId: user.id, provider: ENTRA_PROVIDER } }) : 0;
  await signOut({ redirectTo: viaEntra ? "/logg-inn?logget-ut=entra" : "/?logget-ut=1" });
}

const changePasswordHandler = serverAction(changePasswordCommand, {
  // Every session was revoked with the old password; sign in again with the new one.
  then: () => signOut({ redirect: false }).then(() => undefined),
  redirect: () => "/logg-inn?passord-endret=1",
});

export async function changePasswordAction(prev: ActionState<{ userId: string }>, formData: FormData) {
  return changePasswordHandler(prev, formData);
}
