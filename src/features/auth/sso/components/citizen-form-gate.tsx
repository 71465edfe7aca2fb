// ID-porten on the public form: a form that requires sign-in shows «Logg inn med ID-porten»
// (at the level it asks) instead of its fields; a signed-in citizen is told the input will
// appear under «Mine innspill». In the form's language, like the rest of the form page. When
// the server refuses a post for want of sign-in (say the sign-in ran out while the citizen
// wrote, without JavaScript), the refusal is shown and what they typed is given back to copy.
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Alert, Field, Label, Paragraph, Textarea } from "@/components/ds";
import { Section } from "@/components/section";
import type { CitizenSignIn, Locale } from "@/generated/prisma/enums";
import { isUiLocale } from "@/lib/i18n/config";
import { getCitizen, meetsLevel } from "../citizen-session";
import { idPortenConfig } from "../config";

/** May the visitor answer a form with this setting now? (The form action asks the same.) */
export async function citizenMayAnswer(level: CitizenSignIn): Promise<boolean> {
  if (level === "OPTIONAL") return true;
  const citizen = await getCitizen();
  return !!citizen && meetsLevel(citizen.acr, level);
}

/** ID-porten's pages in the form's language (ui_locales), and back to the form afterwards. */
const startHref = (slug: string, level: CitizenSignIn, locale: Locale) =>
  `/api/sso/idporten/start?tilbake=${encodeURIComponent(`/skjema/${slug}`)}${level === "HIGH" ? "&niva=hoy" : ""}${isUiLocale(locale) ? `&sprak=${locale}` : ""}`;

type Refused = { message: string; typed: { label: string; value: string }[] };

export async function CitizenSignInRequired({ slug, level, locale, refused }: { slug: string; level: CitizenSignIn; locale: Locale; refused?: Refused }) {
  const t = await getTranslations({ locale, namespace: "sso.citizen" });
  return (
    <>
      {refused && <RefusedPost refused={refused} title={t("typedTitle")} help={t("typedHelp")} />}
      <SignInOffer
        slug={slug}
        level={level}
        locale={locale}
        text={t(level === "HIGH" ? "requiredHigh" : "required")}
        signIn={t("signIn")}
        off={t("errors.off")}
      />
    </>
  );
}

function RefusedPost({ refused, title, help }: { refused: Refused; title: string; help: string }) {
  return (
    <div className="mb-6 space-y-4">
      <Alert data-color="danger" role="alert">
        <Paragraph>{refused.message}</Paragraph>
      </Alert>
      {refused.typed.length > 0 && (
        <Section id="skrevet-tekst" heading={title} size="xs" className="space-y-3">
          <Paragraph data-size="sm">{help}</Paragraph>
          {refused.typed.map((typed, i) => (
            // No name: given back to read and copy, never sent again from here.
            <Field key={i}>
              <Label htmlFor={`skrevet-${i}`}>{typed.label}</Label>
              <Textarea id={`skrevet-${i}`} rows={4} readOnly defaultValue={typed.value} />
            </Field>
          ))}
        </Section>
      )}
    </div>
  );
}

function SignInOffer({
  slug,
  level,
  locale,
  text,
  signIn,
  off,
}: {
  slug: string;
  level: CitizenSignIn;
  locale: Locale;
  text: string;
  signIn: string;
  off: string;
}) {
  return (
    <Alert data-color="info">
      <Paragraph>{text}</Paragraph>
      {idPortenConfig() ? (
        <Paragraph className="mt-4">
          <a className="ds-button" data-variant="primary" href={startHref(slug, level, locale)}>
            {signIn}
          </a>
        </Paragraph>
      ) : (
        <Paragraph>{off}</Paragraph>
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
          {t("signInLead")} <a href={startHref(slug, "OPTIONAL", locale)}>{t("signIn")}</a>
        </>
      )}
    </Paragraph>
  );
}
