"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/form-fields";
import { signInAction } from "../actions";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("auth.signIn");
  return (
    <ActionForm action={signInAction} submitLabel={t("submit")} className="max-w-md space-y-5">
      <input type="hidden" name="tilbake" value={returnTo} />
      <TextField name="email" type="email" autoComplete="username" label={t("email")} required />
      <TextField name="password" type="password" autoComplete="current-password" label={t("password")} required />
    </ActionForm>
  );
}
