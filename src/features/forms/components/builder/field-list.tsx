import { getTranslations } from "next-intl/server";
import { ButtonForm, MoveButtons } from "@/components/button-form";
import { Card, Heading, Paragraph, Tag } from "@/components/ds";
import { TextLink } from "@/components/text-link";
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
  const ids = (fieldId: string) => ({ processId, formId: form.id, fieldId });
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
                <TextLink className="self-center" href={`${base}/felt/${field.id}`}>
                  {t("edit", { label })}
                </TextLink>
                <MoveButtons
                  action={moveFieldAction}
                  hidden={ids(field.id)}
                  index={i}
                  count={form.fields.length}
                  up={t("moveUp")}
                  down={t("moveDown")}
                  context={short}
                />
                <ButtonForm action={deleteFieldAction} label={t("delete")} context={short} className="inline" hidden={ids(field.id)} />
              </div>
            </Card>
          </li>
        );
      })}
    </ol>
  );
}
