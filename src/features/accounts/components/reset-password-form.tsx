"use client";

// "Lag nytt startpassord": the new password replaces the button, shown this once.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, Paragraph } from "@/components/ds";
import { FormErrorSummary } from "@/components/error-summary";
import { resetAccountPasswordAction } from "../actions";
import { InitialPasswordPanel } from "./initial-password-panel";

export function ResetPasswordForm({ account }: { account: { id: string; name: string; email: string } }) {
  const [t, te] = [useTranslations("accounts.edit"), useTranslations("errors")];
  const [state, action, pending] = useActionState(resetAccountPasswordAction, { status: "idle" });
  if (state.status === "success")
    return <InitialPasswordPanel kind="reset" name={account.name} email={account.email} password={state.data.password} userId={account.id} />;
  return (
    <form action={action} noValidate className="max-w-xl space-y-4">
      {state.status === "error" && <FormErrorSummary title={te("summaryTitle")} message={state.message} fieldErrors={state.fieldErrors} />}
      <input type="hidden" name="id" value={account.id} />
      <Paragraph>{t("resetBody", { name: account.name })}</Paragraph>
      <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
        {t("reset")}
      </Button>
    </form>
  );
}
