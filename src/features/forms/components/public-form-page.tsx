import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { ActionForm } from "@/components/action-form";
import { PageHeading } from "@/components/page-heading";
import { submitInputAction } from "@/features/inputs/public-actions";
import type { Locale } from "@/generated/prisma/enums";
import type { PublicForm } from "../queries";
import { type FormTexts, MAX_LONG_TEXT, completeLanguages, textsFor } from "../types";
import { PublicFormField } from "./public-form-fields";

/** The public form: privacy notice first, then the fields; a closed form says so and where to go. */
export async function PublicFormPage({ form, language, now = new Date() }: { form: PublicForm; language?: string; now?: Date }) {
  const [t, tc, format] = await Promise.all([getTranslations("forms"), getTranslations("areas.inputCategory"), getFormatter()]);
  const offered = completeLanguages(form);
  const locale: Locale = offered.find((l) => l === language) ?? "nb";
  const texts = textsFor<NonNullable<FormTexts["nb"]>>(form.texts, locale) ?? { title: form.process.title };
  const closed = (form.closesAt && form.closesAt <= now) || form.process.status !== "PUBLISHED";
  const notOpen = form.opensAt && form.opensAt > now;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Oslo" });
  return (
    <div lang={locale === "nb" ? undefined : locale}>
      <PageHeading title={texts.title} lead={texts.intro} />
      {offered.length > 1 && (
        <nav aria-label={t("languages")} className="mb-6 flex flex-wrap gap-4">
          {offered.map((l) => (
            <NextLink key={l} className="ds-link" href={`/skjema/${form.slug}?sprak=${l}`} aria-current={l === locale ? "true" : undefined} lang={l}>
              {t(`language.${l}`)}
            </NextLink>
          ))}
        </nav>
      )}
      {closed || notOpen ? (
        <Alert data-color="info">
          <Paragraph>{notOpen ? t("notOpenYet", { date: day(form.opensAt!) }) : form.closesAt ? t("closedAt", { date: day(form.closesAt) }) : t("closedProcess")}</Paragraph>
          <Paragraph>
            <Link asChild>
              <NextLink href={`/prosesser/${form.process.slug}`}>{t("goToProcess", { title: form.process.title })}</NextLink>
            </Link>
          </Paragraph>
        </Alert>
      ) : (
        <>
          <section aria-labelledby="personvern-kort" className="mb-8 space-y-2 rounded border-l-4 border-[var(--ds-color-info-border-default)] bg-[var(--ds-color-info-surface-tinted)] p-4">
            <Heading level={2} data-size="xs" id="personvern-kort">
              {t("privacy.heading")}
            </Heading>
            <Paragraph data-size="sm">{t("privacy.body")}</Paragraph>
            <Paragraph data-size="sm">
              <Link asChild>
                <NextLink href="/personvern">{t("privacy.link")}</NextLink>
              </Link>
            </Paragraph>
          </section>
          <ActionForm action={submitInputAction} submitLabel={t("submit")}>
            <input type="hidden" name="form" value={form.slug} />
            <input type="hidden" name="sprak" value={locale} />
            <input type="hidden" name="idempotencyKey" value={randomUUID()} />
            <p className="text-sm">{t("requiredNote")}</p>
            {form.fields.map((field) => (
              <PublicFormField
                key={field.id}
                field={field}
                form={form}
                locale={locale}
                labels={{
                  optional: t("optional"),
                  choose: t("choose"),
                  textHelp: t("textHelp", { max: format.number(MAX_LONG_TEXT) }),
                  sensitiveWarning: t("sensitiveWarning"),
                  category: (c) => tc(c as "QUALITY"),
                  ageBand: (a) => t(`ageBand.${a as "UNDER_20"}`),
                  contact: { name: t("contact.name"), email: t("contact.email"), phone: t("contact.phone"), consent: t("contact.consent"), legend: t("contact.legend"), help: t("contact.help") },
                }}
              />
            ))}
            {/* Honeypot: people leave it empty (its label says so); bots fill it in. */}
            <div className="absolute left-[-10000px] top-auto h-px w-px overflow-hidden">
              <label htmlFor="felt-nettsted">{t("honeypot")}</label>
              <input id="felt-nettsted" type="text" name="nettsted" tabIndex={-1} autoComplete="off" />
            </div>
          </ActionForm>
        </>
      )}
    </div>
  );
}
