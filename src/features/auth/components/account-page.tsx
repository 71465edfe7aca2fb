import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { MailPreferencesForm } from "@/features/mail/components/preferences-form";
import { choicesFor, preferencesOf } from "@/features/mail/preferences";
import type { SessionUser } from "@/lib/session";
import { ChangePasswordForm } from "./change-password-form";

export async function AccountPage({ user, mustChange }: { user: SessionUser; mustChange: boolean }) {
  const choices = choicesFor(user.role);
  const [t, tc, tm, prefs] = await Promise.all([
    getTranslations("auth.account"),
    getTranslations("common"),
    getTranslations("mail.preferences"),
    preferencesOf(user.email, choices),
  ]);
  return (
    <>
      <PageHeading title={t("title")} />
      {mustChange && (
        <Alert data-color="warning" className="mb-6">
          {t("mustChange")}
        </Alert>
      )}
      <Section id="konto-detaljer" heading={t("details")} headingClassName="mb-3" className="mb-10">
        <dl className="grid max-w-md grid-cols-[8rem_1fr] gap-y-2">
          <dt className="font-semibold">{t("name")}</dt>
          <dd>{user.name}</dd>
          <dt className="font-semibold">{t("email")}</dt>
          <dd>{user.email}</dd>
          <dt className="font-semibold">{t("role")}</dt>
          <dd>{tc(`roles.${user.role}`)}</dd>
        </dl>
      </Section>
      <Section id="bytt-passord" heading={t("changePassword")} headingClassName="mb-3">
        <ChangePasswordForm />
      </Section>
      {!mustChange && (
        <Section id="epostvalg" heading={tm("heading")} headingClassName="mb-3" className="mt-10">
          <MailPreferencesForm choices={choices} on={choices.filter((c) => prefs[c])} />
        </Section>
      )}
    </>
  );
}
