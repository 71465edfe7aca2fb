"use client";

// Name, e-mail, role and party: the same fields when creating and when editing an account.
import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/form-fields";
import { ROLES } from "@/lib/permissions";

export type PartyOption = { id: string; name: string; shortName: string };
type Values = { name?: string; email?: string; role?: string; partyId?: string };

/** `errors`/`values` are passed when the form is not an <ActionForm> (which supplies them itself). */
export function AccountFields({
  parties,
  defaults = {},
  errors = {},
  values,
}: {
  parties: PartyOption[];
  defaults?: Values;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}) {
  const t = useTranslations("accounts.form");
  const tc = useTranslations("common.roles");
  const pick = (k: keyof Values) => values?.[k] ?? defaults[k] ?? "";
  return (
    <>
      <TextField name="name" label={t("name")} autoComplete="off" required maxLength={200} defaultValue={pick("name")} error={errors.name} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        description={t("emailHelp")}
        autoComplete="off"
        spellCheck={false}
        required
        maxLength={254}
        defaultValue={pick("email")}
        error={errors.email}
      />
      <SelectField
        name="role"
        label={t("role")}
        required
        options={ROLES.map((r) => ({ value: r, label: tc(r) }))}
        defaultValue={pick("role") || "POLITICIAN"}
        error={errors.role}
      />
      <SelectField
        name="partyId"
        label={t("party")}
        description={t("partyHelp")}
        emptyLabel={t("noParty")}
        options={parties.map((p) => ({ value: p.id, label: `${p.name} (${p.shortName})` }))}
        defaultValue={pick("partyId")}
        error={errors.partyId}
      />
    </>
  );
}
