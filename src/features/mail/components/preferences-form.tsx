"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { ChoiceGroup } from "@/components/form-fields";
import { saveMailPreferencesAction } from "../actions";
import type { PreferenceChoice } from "../kinds";

/** /konto: which e-mails one gets. Every choice on the page is sent as "shown", so none ticked turns all off. */
export function MailPreferencesForm({ choices, on }: { choices: PreferenceChoice[]; on: PreferenceChoice[] }) {
  const t = useTranslations("mail.preferences");
  return (
    <ActionForm action={saveMailPreferencesAction} submitLabel={t("save")} successMessage={t("saved")} idPrefix="epost" className="max-w-xl space-y-5">
      {choices.map((c) => (
        <input key={c} type="hidden" name="shown" value={c} />
      ))}
      <ChoiceGroup
        name="on"
        multiple
        legend={t("legend")}
        description={t("help")}
        options={choices.map((c) => ({ value: c, label: t(`choices.${c}`) }))}
        defaultValue={on}
      />
    </ActionForm>
  );
}
