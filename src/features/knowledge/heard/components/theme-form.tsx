import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Heading, Paragraph } from "@/components/ds";
import { SelectField, TextField } from "@/components/form-fields";
import { InputCategory } from "@/generated/prisma/enums";
import { saveHeardThemeAction } from "../actions";
import type { HeardTheme } from "../queries";
import { MAX_TEXT, MAX_TITLE } from "../schemas";

type Props = { processId: string; topics: { id: string; name: string }[]; theme?: HeardTheme; idPrefix?: string };

/** Add or edit a theme: texts (bokmål, optional nynorsk) and what its count follows. */
export async function ThemeForm({ processId, topics, theme, idPrefix }: Props) {
  const [t, tc] = await Promise.all([getTranslations("heard.editor.theme"), getTranslations("areas.inputCategory")]);
  return (
    <ActionForm action={saveHeardThemeAction} submitLabel={theme ? t("save") : t("add")} idPrefix={idPrefix}>
      <input type="hidden" name="processId" value={processId} />
      <input type="hidden" name="themeId" value={theme?.id ?? ""} />
      <TextField name="title" label={t("title")} defaultValue={theme?.title} required maxLength={MAX_TITLE} />
      <TextField name="summary" label={t("summary")} description={t("summaryHelp")} defaultValue={theme?.summary} multiline rows={6} maxLength={MAX_TEXT} />
      <TextField name="usage" label={t("usage")} defaultValue={theme?.usage} multiline rows={4} maxLength={MAX_TEXT} />
      <SelectField
        name="tagId"
        label={t("tagId")}
        description={t("tagHelp")}
        emptyLabel={t("none")}
        defaultValue={theme?.tagId ?? ""}
        options={topics.map((x) => ({ value: x.id, label: x.name }))}
      />
      <SelectField
        name="category"
        label={t("category")}
        description={t("categoryHelp")}
        emptyLabel={t("none")}
        defaultValue={theme?.category ?? ""}
        options={Object.values(InputCategory).map((c) => ({ value: c, label: tc(c) }))}
      />
      <div className="space-y-4 border-l-4 border-[var(--ds-color-neutral-border-subtle)] pl-4">
        <Heading level={3} data-size="2xs">
          {t("nnHeading")}
        </Heading>
        <Paragraph data-size="sm">{t("nnHelp")}</Paragraph>
        <TextField name="titleNn" label={t("titleNn")} defaultValue={theme?.titleNn} maxLength={MAX_TITLE} lang="nn" />
        <TextField name="summaryNn" label={t("summaryNn")} defaultValue={theme?.summaryNn} multiline rows={4} maxLength={MAX_TEXT} />
        <TextField name="usageNn" label={t("usageNn")} defaultValue={theme?.usageNn} multiline rows={3} maxLength={MAX_TEXT} />
      </div>
    </ActionForm>
  );
}
