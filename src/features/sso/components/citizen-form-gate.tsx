// ID-porten on the public form: a form that requires sign-in shows «Logg inn med ID-porten»
// (at the level it asks) instead of its fields; a signed-in citizen is told the input will
// appear under «Mine innspill». In the form's language, like the rest of the form page.
import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import type { CitizenSignIn, Locale } from "@/generated/prisma/enums";
import { getCitizen, meetsLevel } from "../citizen-session";
import { idPortenConfig } from "../config";

/** May the visitor answer a form with this setting now? (The form action asks the same.) */
export async function citizenMayAnswer(level: CitizenSignIn): Promise<boolean> {
  if (level === "OPTIONAL") return true;
  const citizen = await getCitizen();
  return !!citizen && meetsLevel(citizen.acr, level);
}

const startHref = (slug: string, level: CitizenSignIn) =>
  `/api/sso/idporten/start?tilbake=${encodeURIComponent(`/skjema/${slug}`)}${level === "HIGH" ? "&niva=hoy" : ""}`;

export async function CitizenSignInRequired({ slug, level, locale }: { slug: string; level: CitizenSignIn; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "sso.citizen" });
  return (
    <Alert data-color="info">
      <Paragraph>{t(level === "HIGH" ? "requiredHigh" : "required")}</Paragraph>
      {idPortenConfig() ? (
        <Paragraph className="mt-4">
          <a className="ds-button" data-variant="primary" href={startHref(slug, level)}>
            {t("signIn")}
          </a>
        </Paragraph>
      ) : (
        <Paragraph>{t("errors.off")}</Paragraph>
      )}
    </Alert>
  );
}

/** Above an open form: signed in → the input is linked; signed out (ID-porten on) → an offer. */
export async function CitizenFormNote({ slug, locale }: { slug: string; locale: Locale }) {
  if (!idPortenConfig()) return null;
  const [t, citizen] = await Promise.all([getTranslations({ locale, namespace: "sso.citizen" }), getCitizen()]);
  return (
    <Paragraph data-size="sm" className="mb-6">
      {citizen ? (
        <>
          {t("linked")} <NextLink href="/mine-innspill">{t("mine")}</NextLink>
        </>
      ) : (
        <>
          {t("signInLead")} <a href={startHref(slug, "OPTIONAL")}>{t("signIn")}</a>
        </>
      )}
    </Paragraph>
  );
}
