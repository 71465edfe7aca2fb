// /admin/brukere/[id]: details, a new initial password, deactivate or activate again.
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ButtonForm } from "@/components/button-form";
import { Alert, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { deactivateAccountAction, reactivateAccountAction, updateAccountAction } from "../actions";
import type { AccountDetails } from "../queries";
import { AccountFields, type PartyOption } from "./account-fields";
import { AccountStatus } from "./account-status";
import { ResetPasswordForm } from "./reset-password-form";

type Props = { account: AccountDetails; parties: PartyOption[]; isSelf: boolean; notice: { deactivated?: number; reactivated?: boolean } };

export async function AccountEditPage({ account, parties, isSelf, notice }: Props) {
  const [t, fmtDate] = await Promise.all([getTranslations("accounts.edit"), getDateFormat()]);
  const when = (d: Date | null) => (d ? fmtDate(d, "dateTimeMedium") : t("never"));
  const idField = <input type="hidden" name="id" value={account.id} />;
  return (
    <>
      <p className="mb-4">
        <TextLink href="/admin/brukere">{t("back")}</TextLink>
      </p>
      <PageHeading title={account.name} lead={t("lead")} />
      {notice.deactivated !== undefined && (
        <Alert data-color="success" className="mb-6">
          {t("deactivatedNotice", { name: account.name, withdrawn: notice.deactivated })}
        </Alert>
      )}
      {notice.reactivated && (
        <Alert data-color="success" className="mb-6">
          {t("reactivatedNotice", { name: account.name })}
        </Alert>
      )}
      <dl className="mb-10 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("status")}</dt>
        <dd>
          <AccountStatus account={account} />
        </dd>
        <dt className="font-semibold">{t("lastSignIn")}</dt>
        <dd>{when(account.lastLoginAt)}</dd>
        {account.deactivatedAt && (
          <>
            <dt className="font-semibold">{t("deactivatedAt")}</dt>
            <dd>{when(account.deactivatedAt)}</dd>
          </>
        )}
      </dl>
      <div className="space-y-12">
        <Section id="opplysninger" heading={t("details")} className="space-y-3">
          {isSelf && <Paragraph>{t("selfNote")}</Paragraph>}
          <ActionForm action={updateAccountAction} submitLabel={t("save")} successMessage={t("saved")} className="max-w-xl space-y-5" idPrefix="konto">
            {idField}
            <AccountFields parties={parties} defaults={{ name: account.name, email: account.email, role: account.role, partyId: account.partyId ?? "" }} />
          </ActionForm>
        </Section>
        {!account.deactivatedAt && (
          <Section id="startpassord" heading={t("resetTitle")} className="space-y-3">
            <ResetPasswordForm account={account} />
          </Section>
        )}
        {account.deactivatedAt ? (
          <Section id="aktiver" heading={t("reactivateTitle")} className="space-y-3">
            <Paragraph>{t("reactivateBody", { name: account.name })}</Paragraph>
            <ActionForm action={reactivateAccountAction} submitLabel={t("reactivate", { name: account.name })} className="space-y-3" idPrefix="aktiver">
              {idField}
            </ActionForm>
          </Section>
        ) : (
          !isSelf && (
            <Section id="deaktiver" heading={t("deactivateTitle")} className="space-y-3">
              <Paragraph>{t("deactivateBody", { name: account.name })}</Paragraph>
              <Paragraph>{t("deactivateSignups", { count: account._count.signups })}</Paragraph>
              <ButtonForm
                action={deactivateAccountAction}
                label={t("deactivate", { name: account.name })}
                className="space-y-3"
                idPrefix="deaktiver"
                hidden={{ id: account.id }}
              />
            </Section>
          )
        )}
      </div>
    </>
  );
}
