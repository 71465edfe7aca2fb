import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { ActionForm } from "@/components/action-form";
import { Card, Heading, Paragraph, Tag } from "@/components/ds";
import { deleteFieldAction, moveFieldAction } from "../../actions";
import { ageRangeLabel, formAgeBands } from "../../age-bands";
import type { BuilderForm } from "../../builder/queries";
import { SYSTEM_CHOICES, type FieldTexts } from "../../types";

/** A field's label cut at a word near 40 characters, for buttons' accessible names. */
export function shortLabel(label: string, max = 40): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;?!–-]+$/, "")}…`;
}

/** The fields in order, each with edit, move up/down (plain buttons: keyboard ordering) and delete. */
export async function FieldList({ processId, form }: { processId: string; form: BuilderForm }) {
  const [t, tt, tr] = await Promise.all([getTranslations("formBuilder.fields"), getTranslations("formBuilder.types"), getTranslations("forms.ageRange")]);
  const base = `/admin/prosesser/${processId}/skjema/${form.id}`;
  const hidden = (fieldId: string) => (
    <>
      <input type="hidden" name="processId" value={processId} />
      <input type="hidden" name="formId" value={form.id} />
      <input type="hidden" name="fieldId" value={fieldId} />
    </>
  );
  if (form.fields.length === 0) return <Paragraph>{t("empty")}</Paragraph>;
  return (
    <ol className="space-y-4">
      {form.fields.map((field, i) => {
        const texts = (field.texts as FieldTexts).nb;
        const label = texts?.label ?? field.key;
        // The buttons' accessible names («Flytt opp: Hva handler …») name the field briefly.
        const short = shortLabel(label);
        return (
          <li key={field.id} id={`felt-${field.id}`}>
            <Card data-color="neutral">
              <div className="flex flex-wrap items-center gap-3">
                <Heading level={3} data-size="xs">
                  {i + 1}. {label}
                </Heading>
                <Tag data-color="info">{tt(field.type)}</Tag>
                <Tag data-color={field.required ? "warning" : "neutral"}>{field.required ? t("required") : t("optional")}</Tag>
              </div>
              {texts?.help && <Paragraph data-size="sm">{texts.help}</Paragraph>}
              {texts?.options && texts.options.length > 0 && <Paragraph data-size="sm">{t("optionsList", { options: texts.options.join(" · ") })}</Paragraph>}
              {field.type === "AGE_BAND" ? (
                <Paragraph data-size="sm">
                  {t("optionsList", {
                    options: formAgeBands(field.ageBands)
                      .map(([a, b]) => ageRangeLabel(tr, a, b))
                      .join(" · "),
                  })}
                </Paragraph>
              ) : (
                (SYSTEM_CHOICES.includes(field.type) || field.type === "CONTACT") && <Paragraph data-size="sm">{t("systemChoices")}</Paragraph>
              )}
              <Paragraph data-size="xs">{t("key", { key: field.key })}</Paragraph>
              <div className="mt-3 flex flex-wrap items-start gap-3">
                <NextLink className="ds-link self-center" href={`${base}/felt/${field.id}`}>
                  {t("edit", { label })}
                </NextLink>
                {i > 0 && (
                  <ActionForm action={moveFieldAction} submitLabel={t("moveUp")} submitContext={short} submitVariant="secondary" className="inline">
                    {hidden(field.id)}
                    <input type="hidden" name="direction" value="up" />
                  </ActionForm>
                )}
                {i < form.fields.length - 1 && (
                  <ActionForm action={moveFieldAction} submitLabel={t("moveDown")} submitContext={short} submitVariant="secondary" className="inline">
                    {hidden(field.id)}
                    <input type="hidden" name="direction" value="down" />
                  </ActionForm>
                )}
                <ActionForm action={deleteFieldAction} submitLabel={t("delete")} submitContext={short} submitVariant="secondary" className="inline">
                  {hidden(field.id)}
                </ActionForm>
              </div>
            </Card>
          </li>
        );
      })}
    </ol>
  );
}
