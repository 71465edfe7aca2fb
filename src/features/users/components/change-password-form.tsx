"use client";
import { Button } from "@digdir/designsystemet-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/error-summary";
import { TextField } from "@/components/form-fields";
import type { ActionState } from "@/lib/action";
import { changePasswordAction } from "../actions";
import { PASSWORD_MIN } from "../schemas";

export function ChangePasswordForm() {
  const t = useTranslations("auth.account");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<ActionState<{ userId: string }>, FormData>(changePasswordAction, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} noValidate className="max-w-md space-y-5">
      {state.status === "error" && <FormErrorSummary title={te("summaryTitle")} message={state.message} fieldErrors={errors} />}
      <TextField name="currentPassword" type="password" autoComplete="current-password" label={t("currentPassword")} error={errors.currentPassword} required />
      <TextField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        description={t("newPasswordHelp", { min: PASSWORD_MIN })}
        error={errors.newPassword}
        required
      />
      <TextField name="confirmPassword" type="password" autoComplete="new-password" label={t("confirmPassword")} error={errors.confirmPassword} required />
      <p className="text-sm">{t("afterChange")}</p>
      <Button type="submit" aria-disabled={pending || undefined}>
        {t("submit")}
      </Button>
    </form>
  );
}
