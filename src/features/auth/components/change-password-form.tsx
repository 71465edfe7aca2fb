"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/form-fields";
import { changePasswordAction } from "../actions";
import { PASSWORD_MIN } from "../schemas";

export function ChangePasswordForm() {
  const t = useTranslations("auth.account");
  return (
    <ActionForm action={changePasswordAction} submitLabel={t("submit")} className="max-w-md space-y-5">
      <TextField name="currentPassword" type="password" autoComplete="current-password" label={t("currentPassword")} required />
      <TextField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        description={t("newPasswordHelp", { min: PASSWORD_MIN })}
        required
      />
      <TextField name="confirmPassword" type="password" autoComplete="new-password" label={t("confirmPassword")} required />
      <p className="text-sm">{t("afterChange")}</p>
    </ActionForm>
  );
}
