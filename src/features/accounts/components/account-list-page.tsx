// /admin/brukere: every account, filtered by role, party, status and a search, in name
// order with keyset pagination.
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { DataTable } from "@/components/data-table";
import { Button, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { listAccounts, listParties } from "../queries";
import { accountFilterSchema, type AccountFilter } from "../schemas";
import { AccountFilterForm } from "./account-filter";
import { AccountStatus } from "./account-status";

type Params = Record<string, string | string[] | undefined>;

const nextHref = (f: AccountFilter, etter: string) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, etter })) if (v) q.set(k, String(v));
  return `/admin/brukere?${q}`;
};

export async function AccountListPage({ searchParams }: { searchParams: Params }) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const filter = accountFilterSchema.parse(Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, first(v)])));
  const [t, tr, parties, list] = await Promise.all([getTranslations("accounts.list"), getTranslations("common.roles"), listParties(), listAccounts(filter)]);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <p className="mb-8">
        <Button asChild variant="secondary">
          <NextLink href="/admin/brukere/ny">{t("new")}</NextLink>
        </Button>
      </p>
      <AccountFilterForm filter={filter} parties={parties} />
      <Section id="brukere-tittel" heading={t("heading")} className="space-y-3">
        <Paragraph role="status">{t("count", { shown: list.rows.length, total: list.total })}</Paragraph>
        {list.rows.length > 0 && (
          <DataTable
            label={t("tableLabel")}
            columns={[t("colName"), t("colEmail"), t("colRole"), t("colParty"), t("colStatus")]}
            rows={list.rows}
            rowKey={(u) => u.id}
            cells={(u) => [
              <TextLink key="name" href={`/admin/brukere/${u.id}`}>
                {u.name}
              </TextLink>,
              u.email,
              tr(u.role),
              u.party ? <abbr title={u.party.name}>{u.party.shortName}</abbr> : "",
              <AccountStatus key="status" account={u} />,
            ]}
          />
        )}
        {list.next && (
          <p>
            <TextLink href={nextHref(filter, list.next)}>{t("next")}</TextLink>
          </p>
        )}
      </Section>
    </>
  );
}
