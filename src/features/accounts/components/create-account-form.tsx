"use client";

// "Ny bruker": on success the form gives way to the initial password, shown this once.
// Not an <ActionForm>, because success replaces the form instead of sitting above it.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ds";
import { FormErrorSummary } from "@/components/error-summary";
import { createAccountAction } from "../actions";
import { AccountFields, type PartyOption } from "./account-fields";
import { InitialPasswordPanel } from "./initial-password-panel";

export function CreateAccountForm({ parties }: { parties: PartyOption[] }) {
  const [t, te] = [useTranslations("accounts.form"), useTranslations("errors")];
  const [state, action, pending] = useActionState(createAccountAction, { status: "idle" });
  if (state.status === "success") {
    const u = state.data;
    return <InitialPasswordPanel kind="created" name={u.name} email={u.email} password={u.password} userId={u.id} />;
  }
  const failed = state.status === "error" ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl space-y-5">
      {failed && <FormErrorSummary title={te("summaryTitle")} message={failed.message} fieldErrors={failed.fieldErrors} />}
      <AccountFields parties={parties} errors={failed?.fieldErrors} values={failed?.values} />
      <p className="text-sm">{t("passwordNote")}</p>
      <Button type="submit" aria-disabled={pending || undefined}>
        {t("create")}
      </Button>
    </form>
  );
}
