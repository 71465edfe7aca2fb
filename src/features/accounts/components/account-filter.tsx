// The account list's filter: a plain GET form (works without JavaScript, shareable URL).
import { getTranslations } from "next-intl/server";
import { FilterForm, optionsOf } from "@/components/filter-form";
import { SelectFields, TextField } from "@/components/form-fields";
import { ROLES } from "@/lib/permissions";
import { ACCOUNT_STATUSES, type AccountFilter } from "../schemas";
import type { PartyOption } from "./account-fields";

export async function AccountFilterForm({ filter, parties }: { filter: AccountFilter; parties: PartyOption[] }) {
  const [t, tr] = await Promise.all([getTranslations("accounts.filter"), getTranslations("common.roles")]);
  return (
    <FilterForm heading={t("heading")} path="/admin/brukere" filter={filter} submitLabel={t("submit")} resetLabel={t("reset")}>
      <TextField name="sok" type="search" label={t("q")} description={t("qHelp")} defaultValue={filter.sok ?? ""} maxLength={100} />
      <SelectFields
        values={filter}
        fields={[
          { name: "rolle", label: t("role"), emptyLabel: t("allRoles"), options: optionsOf(ROLES, tr) },
          { name: "parti", label: t("party"), emptyLabel: t("allParties"), options: parties.map((p) => ({ value: p.id, label: p.name })) },
          { name: "status", label: t("status"), options: optionsOf(ACCOUNT_STATUSES, (s) => t(`statuses.${s}`)) },
        ]}
      />
    </FilterForm>
  );
}
