// The account list's filter: a plain GET form (works without JavaScript, shareable URL).
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Button, Heading } from "@/components/ds";
import { SelectField, TextField } from "@/components/form-fields";
import { ROLES } from "@/lib/permissions";
import { ACCOUNT_STATUSES, type AccountFilter } from "../schemas";
import type { PartyOption } from "./account-fields";

export async function AccountFilterForm({ filter, parties }: { filter: AccountFilter; parties: PartyOption[] }) {
  const [t, tr] = await Promise.all([getTranslations("accounts.filter"), getTranslations("common.roles")]);
  return (
    <section aria-labelledby="filter-tittel" className="mb-8">
      <Heading level={2} data-size="sm" id="filter-tittel" className="mb-3">
        {t("heading")}
      </Heading>
      <form key={JSON.stringify(filter)} method="get" action="/admin/brukere" role="search" aria-labelledby="filter-tittel" className="space-y-4">
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          <TextField name="sok" type="search" label={t("q")} description={t("qHelp")} defaultValue={filter.sok ?? ""} maxLength={100} />
          <SelectField
            name="rolle"
            label={t("role")}
            emptyLabel={t("allRoles")}
            options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
            defaultValue={filter.rolle ?? ""}
          />
          <SelectField
            name="parti"
            label={t("party")}
            emptyLabel={t("allParties")}
            options={parties.map((p) => ({ value: p.id, label: p.name }))}
            defaultValue={filter.parti ?? ""}
          />
          <SelectField
            name="status"
            label={t("status")}
            options={ACCOUNT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            defaultValue={filter.status}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{t("submit")}</Button>
          <NextLink className="ds-link" href="/admin/brukere">
            {t("reset")}
          </NextLink>
        </div>
      </form>
    </section>
  );
}
