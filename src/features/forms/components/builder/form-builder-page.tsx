import { getTranslations } from "next-intl/server";
import { Alert, Heading } from "@/components/ds";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import type { AdminProcess } from "@/features/processes/admin-queries";
import type { BuilderForm } from "../../builder/queries";
import { completeLanguages, type FieldTexts } from "../../types";
import { AddFieldSection } from "./field-form";
import { FieldList } from "./field-list";
import { FormSettingsForm } from "./form-settings-form";
import { LanguageStatus } from "./language-status";

export type BuilderNotice = { kind: "created" | "saved" | "fieldDeleted" } | { kind: "fieldAdded" | "fieldSaved" | "fieldMoved"; fieldId: string };

/** The builder for one form: notices, languages, preview links, fields, add a field, settings. */
export async function FormBuilderPage({ process, form, notice }: { process: AdminProcess; form: BuilderForm; notice?: BuilderNotice }) {
  const [t, tp, tf, ts, tb] = await Promise.all([
    getTranslations("formBuilder.notice"),
    getTranslations("formBuilder.preview"),
    getTranslations("formBuilder.fields"),
    getTranslations("formBuilder.settings"),
    getTranslations("formBuilder"),
  ]);
  const base = `/admin/prosesser/${process.id}/skjema/${form.id}`;
  const message = noticeText(notice, form, t);
  return (
    <div className="space-y-10">
      {message && (
        <Alert data-color="success" role="status">
          {message}
        </Alert>
      )}
      <LanguageStatus form={form} />
      <nav aria-labelledby="forhandsvis" className="space-y-2">
        <Heading level={2} data-size="sm" id="forhandsvis">
          {tp("links")}
        </Heading>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {completeLanguages(form).map((l) => (
            <li key={l}>
              <TextLink href={`${base}/forhandsvisning?sprak=${l}`}>{tp("link", { language: tb("languageName", { language: l }) })}</TextLink>
            </li>
          ))}
          {form.isPublished && (
            <li>
              <TextLink href={`/skjema/${form.slug}`}>{tp("openPublic")}</TextLink>
            </li>
          )}
        </ul>
      </nav>
      <Section id="felt-liste" heading={tf("heading")} className="space-y-4">
        <FieldList processId={process.id} form={form} />
      </Section>
      <AddFieldSection processId={process.id} form={form} />
      <Section id="innstillinger" heading={ts("heading")} className="space-y-4">
        <FormSettingsForm process={process} form={form} />
      </Section>
    </div>
  );
}

function noticeText(notice: BuilderNotice | undefined, form: BuilderForm, t: Awaited<ReturnType<typeof getTranslations<"formBuilder.notice">>>) {
  if (!notice) return null;
  if (!("fieldId" in notice)) return t(notice.kind);
  const i = form.fields.findIndex((f) => f.id === notice.fieldId);
  if (i < 0) return null;
  const label = (form.fields[i]!.texts as FieldTexts).nb?.label ?? form.fields[i]!.key;
  return t(notice.kind, { label, position: i + 1, total: form.fields.length });
}
