import { randomUUID } from "node:crypto";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert, Button, Paragraph } from "@/components/ds";
import { CURRENT_LANGUAGE } from "@/components/language-switch";
import { PageHeading } from "@/components/page-heading";
import { PostForm, type PostFormState } from "@/components/post-form";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { CitizenFormNote, citizenMayAnswer, CitizenSignInRequired } from "@/features/auth/sso/components/citizen-form-gate";
import type { Locale } from "@/generated/prisma/enums";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { LANGUAGE_PARAM } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/messages";
import { ageRangeLabel } from "../age-bands";
import type { PublicForm } from "../queries";
import { completeLanguages, MAX_LONG_TEXT, textsFor, type FieldTexts, type FormTexts } from "../types";
import { draftKey } from "./draft-key";
import { FormDraft } from "./form-enhancements";
import { PublicFormField } from "./public-form-fields";

type Props = {
  form: PublicForm;
  /** The language asked for (?sprak=); otherwise the visitor's own, if the form offers it. */
  language?: string;
  now?: Date;
  /** Staff preview: rendered as citizens see it, whatever its state, but it cannot be sent. */
  preview?: boolean;
  /** Where the language links go (the caller's page); defaults to the public form route. */
  basePath?: string;
  /** A failed post's state (message, field errors, what was typed), when the submit handler renders the form again. */
  retry?: PostFormState | null;
};

/**
 * The public form: privacy notice first, then the fields; a closed form says so and where to
 * go. Everything on it (not only the form's own texts) is in the form's language.
 */
export async function PublicFormPage({ form, language, now = new Date(), preview = false, basePath, retry }: Props) {
  const offered = completeLanguages(form);
  const asked = language ?? (await getLocale());
  const locale: Locale = offered.find((l) => l === asked) ?? "nb";
  const [t, tc, tr, format, fmtDate] = await Promise.all([
    getTranslations({ locale, namespace: "forms" }),
    getTranslations({ locale, namespace: "areas.inputCategory" }),
    getTranslations({ locale, namespace: "forms.ageRange" }),
    getFormatter({ locale }),
    getDateFormat(locale),
  ]);
  const texts = textsFor<NonNullable<FormTexts["nb"]>>(form.texts, locale) ?? { title: form.process.title };
  const closed = !preview && ((form.closesAt && form.closesAt <= now) || form.process.status !== "PUBLISHED");
  const notOpen = !preview && form.opensAt && form.opensAt > now;
  const base = basePath ?? `/skjema/${form.slug}`;
  // ID-porten first when the form requires it (issue #21); the form action checks again.
  const signInNeeded = !preview && !closed && !notOpen && !(await citizenMayAnswer(form.citizenSignIn));
  const languageHref = (l: Locale) => `${base}${base.includes("?") ? "&" : "?"}${LANGUAGE_PARAM}=${l}`;
  const day = (d: Date) => fmtDate(d, "dateTime");
  const contactPrefixes = form.fields.filter((f) => f.type === "CONTACT").map((f) => `${f.key}_`);
  // The client parts of the form (counter, draft notice) get their texts as props, in the
  // form's language, which may differ from the rest of the page.
  const enhance = MESSAGES[locale].forms.enhance;
  const draftTexts = { draftRestored: enhance.draftRestored, draftClear: enhance.draftClear, draftCleared: enhance.draftCleared };
  const fields = (
    <>
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
            ageRange: (min, max) => ageRangeLabel(tr, min, max),
            optionsInBokmal: t("optionsInBokmal"),
            counter: { locale, counter: enhance.counter, counterOver: enhance.counterOver },
            contact: {
              name: t("contact.name"),
              email: t("contact.email"),
              phone: t("contact.phone"),
              consent: t("contact.consent"),
              legend: t("contact.legend"),
              help: t("contact.help"),
            },
          }}
        />
      ))}
    </>
  );
  return (
    <div lang={locale}>
      {preview && (
        <Alert data-color="warning" className="mb-6">
          <Paragraph>{t("preview")}</Paragraph>
        </Alert>
      )}
      <PageHeading title={texts.title} lead={texts.intro} />
      {offered.length > 1 && (
        <nav aria-label={t("languages")} className="mb-6 flex flex-wrap gap-4">
          {offered.map((l) => (
            <TextLink
              key={l}
              className={l === locale ? CURRENT_LANGUAGE : undefined}
              href={languageHref(l)}
              aria-current={l === locale ? "true" : undefined}
              lang={l}
            >
              {t(`language.${l}`)}
            </TextLink>
          ))}
        </nav>
      )}
      {closed || notOpen ? (
        <Alert data-color="info">
          <Paragraph>
            {notOpen ? t("notOpenYet", { date: day(form.opensAt!) }) : form.closesAt ? t("closedAt", { date: day(form.closesAt) }) : t("closedProcess")}
          </Paragraph>
          <Paragraph>
            <TextLink href={`/prosesser/${form.process.slug}`}>{t("goToProcess", { title: form.process.title })}</TextLink>
          </Paragraph>
        </Alert>
      ) : signInNeeded ? (
        <CitizenSignInRequired
          slug={form.slug}
          level={form.citizenSignIn}
          locale={locale}
          refused={retry ? { message: retry.message, typed: typedTexts(form, locale, retry.values) } : undefined}
        />
      ) : (
        <>
          {!preview && <CitizenFormNote slug={form.slug} locale={locale} />}
          <Section
            id="personvern-kort"
            heading={t("privacy.heading")}
            size="xs"
            className="mb-8 space-y-2 rounded border-l-4 border-[var(--ds-color-info-border-default)] bg-[var(--ds-color-info-surface-tinted)] p-4"
          >
            <Paragraph data-size="sm">{t("privacy.body", { months: form.process.retentionMonths })}</Paragraph>
            <Paragraph data-size="sm">
              <TextLink href="/personvern">{t("privacy.link")}</TextLink>
            </Paragraph>
          </Section>
          {preview ? (
            // No <form> and no action: a preview can never send anything, with or without JavaScript.
            <div className="max-w-2xl space-y-5">
              {fields}
              <Button type="button" disabled>
                {t("submit")}
              </Button>
            </div>
          ) : (
            <PostForm
              action={`/skjema/${encodeURIComponent(form.slug)}/send`}
              submitLabel={t("submit")}
              summaryTitle={MESSAGES[locale].errors.summaryTitle}
              initial={retry}
            >
              <input type="hidden" name="form" value={form.slug} />
              <input type="hidden" name={LANGUAGE_PARAM} value={locale} />
              <input type="hidden" name="idempotencyKey" value={randomUUID()} />
              <FormDraft storageKey={draftKey(form.slug, locale)} exclude={contactPrefixes} texts={draftTexts} />
              {fields}
              {/* Honeypot: people leave it empty (its label says so); bots fill it in. */}
              <div className="absolute left-[-10000px] top-auto h-px w-px overflow-hidden">
                <label htmlFor="felt-nettsted">{t("honeypot")}</label>
                <input id="felt-nettsted" type="text" name="nettsted" tabIndex={-1} autoComplete="off" />
              </div>
            </PostForm>
          )}
        </>
      )}
    </div>
  );
}

/** What a citizen typed in the form's text fields, to give back when a post is refused for want of sign-in. */
function typedTexts(form: PublicForm, locale: Locale, values: Record<string, string>): { label: string; value: string }[] {
  return form.fields
    .filter((f) => (f.type === "LONG_TEXT" || f.type === "SHORT_TEXT") && values[f.key]?.trim())
    .map((f) => ({ label: textsFor<NonNullable<FieldTexts["nb"]>>(f.texts, locale)?.label ?? f.key, value: values[f.key]! }));
}
