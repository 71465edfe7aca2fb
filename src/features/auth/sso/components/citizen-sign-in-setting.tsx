// The form builder's setting «Innlogging med ID-porten»: shown only when ID-porten is
// configured (without it no citizen could answer a form that requires it).
import { getTranslations } from "next-intl/server";
import { ChoiceGroup } from "@/components/form-fields";
import { idPortenConfig } from "../config";

const LEVELS = ["OPTIONAL", "SUBSTANTIAL", "HIGH"] as const;

export async function CitizenSignInSetting({ value }: { value?: (typeof LEVELS)[number] }) {
  if (!idPortenConfig()) return null;
  const t = await getTranslations("sso.formSetting");
  return (
    <ChoiceGroup
      name="citizenSignIn"
      legend={t("legend")}
      description={t("help")}
      options={LEVELS.map((l) => ({ value: l, label: t(l) }))}
      defaultValue={value ?? "OPTIONAL"}
    />
  );
}
