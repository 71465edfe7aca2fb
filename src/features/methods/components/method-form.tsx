"use client";

// Create and edit form for a method. Works without JavaScript: a plain form post through the
// gate; on error the fields show their messages and keep what was typed (ActionForm context).
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { ChoiceGroup, TextField, type Option } from "@/components/form-fields";
import { TextLink } from "@/components/text-link";
import { createMethodAction, updateMethodAction } from "../actions";
import { CHANNELS, LEVELS, NAME_MAX, SIZE_MAX, TEXT_MAX, type ChannelValue, type LevelValue } from "../schemas";

export type MethodFormValues = {
  id: string;
  name: string;
  description: string;
  howTo: string;
  timeLevel: LevelValue;
  moneyLevel: LevelValue;
  effortLevel: LevelValue;
  typicalSize: string;
  channel: ChannelValue;
  audienceIds: string[];
};

type Props = { audiences: Option[]; method?: MethodFormValues };

export function MethodForm({ audiences, method }: Props) {
  const t = useTranslations("methods");
  const tl = useTranslations("admin.levels");
  const levels = LEVELS.map((value) => ({ value, label: tl(value) }));
  const channels = CHANNELS.map((value) => ({ value, label: t(`channels.${value}`) }));
  const optional = (label: string) => t("optionalLabel", { label });
  const cancel = <TextLink href="/admin/verktoybank">{t("cancel")}</TextLink>;
  const fields = (
    <>
      <TextField name="name" label={t("fields.name")} defaultValue={method?.name} maxLength={NAME_MAX} autoComplete="off" required />
      <TextField
        name="description"
        label={t("fields.description")}
        description={t("fields.descriptionHelp")}
        multiline
        rows={4}
        defaultValue={method?.description}
        maxLength={TEXT_MAX}
        required
      />
      <TextField
        name="howTo"
        label={optional(t("fields.howTo"))}
        description={t("fields.howToHelp")}
        multiline
        rows={6}
        defaultValue={method?.howTo}
        maxLength={TEXT_MAX}
      />
      <div className="grid gap-5 sm:grid-cols-3">
        <ChoiceGroup name="timeLevel" legend={t("fields.timeLevel")} options={levels} defaultValue={method?.timeLevel} />
        <ChoiceGroup name="moneyLevel" legend={t("fields.moneyLevel")} options={levels} defaultValue={method?.moneyLevel} />
        <ChoiceGroup name="effortLevel" legend={t("fields.effortLevel")} options={levels} defaultValue={method?.effortLevel} />
      </div>
      <TextField
        name="typicalSize"
        label={optional(t("fields.typicalSize"))}
        description={t("fields.typicalSizeHelp")}
        defaultValue={method?.typicalSize}
        maxLength={SIZE_MAX}
      />
      <ChoiceGroup name="channel" legend={t("fields.channel")} options={channels} defaultValue={method?.channel} />
      <ChoiceGroup
        name="audienceIds"
        legend={optional(t("fields.audiences"))}
        description={t("fields.audiencesHelp")}
        options={audiences}
        defaultValue={method?.audienceIds}
        multiple
      />
    </>
  );
  if (!method) {
    return (
      <ActionForm action={createMethodAction} submitLabel={t("create.submit")} secondary={cancel}>
        {fields}
      </ActionForm>
    );
  }
  return (
    <ActionForm action={updateMethodAction} submitLabel={t("update.submit")} secondary={cancel}>
      <input type="hidden" name="id" value={method.id} />
      {fields}
    </ActionForm>
  );
}
