import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Alert, Button, Card, Heading, Paragraph, Tag } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { listProcessForms } from "../../builder/queries";
import { textsFor, type FormTexts } from "../../types";

/** The process's forms: title, status, window, counts and public link; then "New form". */
export async function FormList({ processId }: { processId: string }) {
  const [t, fmtDate, forms] = await Promise.all([getTranslations("formBuilder.list"), getDateFormat(), listProcessForms(processId)]);
  const when = (d: Date) => fmtDate(d, "dateTimeMedium");
  const base = `/admin/prosesser/${processId}/skjema`;
  return (
    <div className="space-y-6">
      <Paragraph>{t("lead")}</Paragraph>
      <Button asChild>
        <NextLink href={`${base}/ny`}>{t("new")}</NextLink>
      </Button>
      {forms.length === 0 ? (
        <Alert data-color="info">{t("empty")}</Alert>
      ) : (
        <ul className="space-y-4">
          {forms.map((form) => {
            const title = textsFor<NonNullable<FormTexts["nb"]>>(form.texts, "nb")?.title || t("untitled");
            const path = `/skjema/${form.slug}`;
            return (
              <li key={form.id}>
                <Card data-color="neutral">
                  <div className="flex flex-wrap items-center gap-3">
                    <Heading level={2} data-size="xs">
                      <TextLink href={`${base}/${form.id}`} aria-label={t("edit", { title })}>
                        {title}
                      </TextLink>
                    </Heading>
                    <Tag data-color={form.isPublished ? "success" : "neutral"}>{form.isPublished ? t("published") : t("draft")}</Tag>
                  </div>
                  <Paragraph data-size="sm">
                    {form.opensAt ? t("opens", { date: when(form.opensAt) }) : t("openFromPublish")} ·{" "}
                    {form.closesAt ? t("closes", { date: when(form.closesAt) }) : t("noClose")}
                  </Paragraph>
                  <Paragraph data-size="sm">
                    {t("fields", { count: form._count.fields })} · {t("inputs", { count: form._count.inputs })}
                    {form.phase && <> · {t("phase", { title: form.phase.title })}</>}
                    {form.activity && <> · {t("activity", { title: form.activity.title })}</>}
                  </Paragraph>
                  <Paragraph data-size="sm" className="break-all">
                    {form.isPublished ? <TextLink href={path}>{t("publicLink", { path })}</TextLink> : t("notPublicYet", { path })}
                  </Paragraph>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
