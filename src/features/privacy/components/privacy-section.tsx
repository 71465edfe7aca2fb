// «Personopplysninger» on the receipt page: everything stored about the input (contact
// details masked), when it goes, the citizen's requests and their answers, and the form to
// ask for a copy, a correction or deletion.
import { getTranslations } from "next-intl/server";
import { Heading, Paragraph, Tag } from "@/components/ds";
import { FactList } from "@/components/fact-list";
import { InputText } from "@/components/input-text";
import { Section } from "@/components/section";
import { ageRangeLabel } from "@/features/forms/age-bands";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { localeFromUrl } from "@/lib/i18n/config";
import { currentPath } from "@/lib/request-context";
import { getStoredData } from "../queries";
import { retentionDate } from "../retention-date";
import { PrivacyRequestForm } from "./privacy-request-form";

export async function PrivacySection({ code }: { code: string }) {
  const [t, ta, fmtDate, data, path] = await Promise.all([
    getTranslations("privacy.public"),
    getTranslations("forms.ageRange"),
    getDateFormat(),
    getStoredData(code),
    currentPath(),
  ]);
  if (!data) return null;
  const until = retentionDate(data.process);
  const contact = data.contact;
  return (
    <Section id="personvern-tittel" heading={t("heading")} className="max-w-2xl space-y-4">
      <Paragraph>{t("lead")}</Paragraph>
      <Heading level={3} data-size="2xs">
        {t("storedHeading")}
      </Heading>
      <FactList
        layout="stacked"
        rows={[
          [
            t("text"),
            <>
              <InputText lang={data.language} text={data.text} block />
              {data.anonymisedAt && <span className="mt-1 block text-sm">{t("anonymised", { date: fmtDate(data.anonymisedAt, "date") })}</span>}
            </>,
          ],
          ...(data.district ? [[t("district"), data.district.name] as [string, string]] : []),
          ...(data.targetGroup ? [[t("targetGroup"), data.targetGroup.name] as [string, string]] : []),
          ...(data.ageMin !== null && data.ageMax !== null ? [[t("ageBand"), ageRangeLabel(ta, data.ageMin, data.ageMax)] as [string, string]] : []),
          [t("contact"), contact ? [contact.name, contact.email, contact.phone].filter(Boolean).join(", ") : t("noContact")],
        ]}
        className="max-w-3xl"
      />
      <Paragraph data-size="sm">
        {until ? t("retentionUntil", { date: fmtDate(until, "date") }) : t("retentionAfterClose", { months: data.process.retentionMonths })}
      </Paragraph>
      {data.privacyRequests.length > 0 && (
        <>
          <Heading level={3} data-size="2xs">
            {t("requestsHeading")}
          </Heading>
          <ul className="space-y-2">
            {data.privacyRequests.map((r) => (
              <li key={r.id}>
                {t(`kind.${r.kind}`)} – {fmtDate(r.createdAt, "date")}{" "}
                <Tag data-color={r.status === "OPEN" ? "info" : r.status === "DONE" ? "success" : "warning"}>{t(`status.${r.status}`)}</Tag>
                {r.resolution && <Paragraph data-size="sm">{r.resolution}</Paragraph>}
              </li>
            ))}
          </ul>
        </>
      )}
      <Heading level={3} data-size="2xs">
        {t("formHeading")}
      </Heading>
      <PrivacyRequestForm code={data.receiptCode} language={localeFromUrl(path)} />
    </Section>
  );
}
