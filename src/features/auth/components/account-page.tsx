import { getTranslations } from "next-intl/server";
import { Alert, Heading } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
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
      <section aria-labelledby="konto-detaljer" className="mb-10">
        <Heading level={2} data-size="sm" id="konto-detaljer" className="mb-3">
          {t("details")}
        </Heading>
        <dl className="grid max-w-md grid-cols-[8rem_1fr] gap-y-2">
          <dt className="font-semibold">{t("name")}</dt>
          <dd>{user.name}</dd>
          <dt className="font-semibold">{t("email")}</dt>
          <dd>{user.email}</dd>
          <dt className="font-semibold">{t("role")}</dt>
          <dd>{tc(`roles.${user.role}`)}</dd>
        </dl>
      </section>
      <section aria-labelledby="bytt-passord">
        <Heading level={2} data-size="sm" id="bytt-passord" className="mb-3">
          {t("changePassword")}
        </Heading>
        <ChangePasswordForm />
      </section>
      {!mustChange && (
        <section aria-labelledby="epostvalg" className="mt-10">
          <Heading level={2} data-size="sm" id="epostvalg" className="mb-3">
            {tm("heading")}
          </Heading>
          <MailPreferencesForm choices={choices} on={choices.filter((c) => prefs[c])} />
        </section>
      )}
    </>
  );
}
