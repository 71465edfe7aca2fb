import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/form-fields";
import { saveHeardPageAction } from "../actions";
import { MAX_TEXT } from "../schemas";

type Texts = { intro: string; introNn: string; usage: string; usageNn: string };

/** The page's intro and "Slik bruker vi innspillene", with optional nynorsk versions. */
export async function PageTextsForm({ processId, texts }: { processId: string; texts: Texts | null }) {
  const t = await getTranslations("heard.editor.page");
  return (
    <ActionForm action={saveHeardPageAction} submitLabel={t("save")} idPrefix="side">
      <input type="hidden" name="processId" value={processId} />
      <TextField name="intro" label={t("intro")} description={t("introHelp")} defaultValue={texts?.intro} multiline rows={5} maxLength={MAX_TEXT} />
      <TextField name="usage" label={t("usage")} description={t("usageHelp")} defaultValue={texts?.usage} multiline rows={5} maxLength={MAX_TEXT} />
      <TextField name="introNn" label={t("introNn")} description={t("nnHelp")} defaultValue={texts?.introNn} multiline rows={3} maxLength={MAX_TEXT} />
      <TextField name="usageNn" label={t("usageNn")} description={t("nnHelp")} defaultValue={texts?.usageNn} multiline rows={3} maxLength={MAX_TEXT} />
    </ActionForm>
  );
}
