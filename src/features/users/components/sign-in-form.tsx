"use client";
import { Button } from "@digdir/designsystemet-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/error-summary";
import { TextField } from "@/components/form-fields";
import { type SignInState, signInAction } from "../actions";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("auth.signIn");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  return (
    <form action={action} noValidate className="max-w-md space-y-5">
      {state.status === "error" && <FormErrorSummary title={te("summaryTitle")} message={state.message} fieldErrors={errors} />}
      <input type="hidden" name="tilbake" value={values.tilbake ?? returnTo} />
      <TextField name="email" type="email" autoComplete="username" label={t("email")} error={errors.email} defaultValue={values.email} required />
      <TextField name="password" type="password" autoComplete="current-password" label={t("password")} error={errors.password} required />
      <Button type="submit" aria-disabled={pending || undefined}>
        {t("submit")}
      </Button>
    </form>
  );
}
