import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Alert } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { StaffSignedOut, StaffSsoButton, StaffSsoError } from "@/features/auth/sso/components/staff-sso";
import { entraConfig } from "@/features/auth/sso/config";
import { getSessionUser, roleHome, safeReturnPath } from "@/lib/session";
import { SignInForm } from "./sign-in-form";

type Params = Record<string, string | string[] | undefined>;

/** `aside`: what shows beside the form (the demo accounts in demo mode, passed by the route). */
export async function SignInPage({ params, aside }: { params: Params; aside?: ReactNode }) {
  const returnTo = safeReturnPath(params.tilbake, "");
  const user = await getSessionUser();
  if (user && returnTo) redirect(returnTo);
  if (user) redirect(roleHome(user.role));
  const t = await getTranslations("auth.signIn");
  const entra = entraConfig();
  const reason = typeof params["sso-feil"] === "string" ? params["sso-feil"] : undefined;
  return (
    <div className="grid gap-10 md:grid-cols-[1fr_20rem]">
      <div>
        <PageHeading title={t("title")} lead={t("lead")} />
        {params["passord-endret"] === "1" && (
          <Alert data-color="success" className="mb-6">
            {t("passwordChanged")}
          </Alert>
        )}
        {entra && params["logget-ut"] === "entra" && <StaffSignedOut config={entra} />}
        {entra && <StaffSsoError config={entra} reason={reason} />}
        {entra && <StaffSsoButton config={entra} returnTo={returnTo} />}
        {!entra?.passwordsOff && <SignInForm returnTo={returnTo} />}
      </div>
      {aside}
    </div>
  );
}
