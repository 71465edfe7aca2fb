import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { listAudiences, type MethodDetail } from "../queries";
import { BackLink } from "./back-link";
import { DeleteMethodForm } from "./delete-method-form";
import { MethodForm } from "./method-form";

export async function MethodEditPage({ method, saved }: { method: MethodDetail; saved: boolean }) {
  const [t, fmtDate, audiences] = await Promise.all([getTranslations("methods"), getDateFormat(), listAudiences()]);
  const { activities: activityCount, inputs: inputCount } = method._count;
  const inUse = activityCount + inputCount > 0;
  return (
    <>
      <BackLink />
      <PageHeading title={t("edit", { name: method.name })} />
      {saved && (
        <Alert data-color="success" role="status" className="mb-6">
          {t("update.saved")}
        </Alert>
      )}
      {/* Keyed by the saved version, so after "Lagre" the fields show what was stored. */}
      <MethodForm
        key={method.updatedAt.toISOString()}
        audiences={audiences.map((a) => ({ value: a.id, label: a.name }))}
        method={{
          id: method.id,
          name: method.name,
          description: method.description,
          howTo: method.howTo,
          timeLevel: method.timeLevel,
          moneyLevel: method.moneyLevel,
          effortLevel: method.effortLevel,
          typicalSize: method.typicalSize,
          channel: method.channel,
          audienceIds: method.audiences.map((a) => a.audience.id),
        }}
      />

      <Section id="bruk-tittel" heading={t("update.usage")} className="mt-12 max-w-2xl space-y-3">
        <Paragraph>{t("usedIn", { count: activityCount })}</Paragraph>
        <Paragraph>{t("update.inputs", { count: inputCount })}</Paragraph>
        {method.activities.length > 0 && (
          <>
            <Heading level={3} data-size="xs">
              {t("update.activitiesHeading")}
            </Heading>
            <ul className="list-disc pl-6">
              {method.activities.map((a) => (
                <li key={a.id}>{t("update.activity", { title: a.title, process: a.process.title, date: fmtDate(a.startsAt, "dateMedium") })}</li>
              ))}
            </ul>
            {activityCount > method.activities.length && (
              <Paragraph data-size="sm">{t("update.moreActivities", { count: activityCount - method.activities.length })}</Paragraph>
            )}
          </>
        )}
      </Section>

      <Section id="slett-tittel" heading={t("delete.heading")} className="mt-12 max-w-2xl space-y-3">
        {inUse ? (
          <Alert data-color="info">
            <Heading level={3} data-size="2xs" className="mb-2">
              {t("delete.blockedTitle")}
            </Heading>
            <div className="space-y-2">
              {activityCount > 0 && <Paragraph>{t("delete.blockedActivities", { count: activityCount })}</Paragraph>}
              {inputCount > 0 && <Paragraph>{t("delete.blockedInputs", { count: inputCount })}</Paragraph>}
              <Paragraph>{t("delete.blockedHelp")}</Paragraph>
            </div>
          </Alert>
        ) : (
          <>
            <Paragraph>{t("delete.explanation")}</Paragraph>
            <DeleteMethodForm id={method.id} name={method.name} />
          </>
        )}
      </Section>
    </>
  );
}
