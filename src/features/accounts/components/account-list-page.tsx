// /admin/brukere: every account, filtered by role, party, status and a search, in name
// order with keyset pagination.
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Button, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
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
      <section aria-labelledby="brukere-tittel" className="space-y-3">
        <Heading level={2} data-size="sm" id="brukere-tittel">
          {t("heading")}
        </Heading>
        <Paragraph role="status">{t("count", { shown: list.rows.length, total: list.total })}</Paragraph>
        {list.rows.length > 0 && (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("tableLabel")}>
            <Table zebra>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("colName")}</TableHeaderCell>
                  <TableHeaderCell>{t("colEmail")}</TableHeaderCell>
                  <TableHeaderCell>{t("colRole")}</TableHeaderCell>
                  <TableHeaderCell>{t("colParty")}</TableHeaderCell>
                  <TableHeaderCell>{t("colStatus")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {list.rows.map((u) => (
                  <TableRow key={u.id}>
                    <TableCell>
                      <NextLink className="ds-link" href={`/admin/brukere/${u.id}`}>
                        {u.name}
                      </NextLink>
                    </TableCell>
                    <TableCell>{u.email}</TableCell>
                    <TableCell>{tr(u.role)}</TableCell>
                    <TableCell>{u.party ? <abbr title={u.party.name}>{u.party.shortName}</abbr> : ""}</TableCell>
                    <TableCell>
                      <AccountStatus account={u} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        {list.next && (
          <p>
            <NextLink className="ds-link" href={nextHref(filter, list.next)}>
              {t("next")}
            </NextLink>
          </p>
        )}
      </section>
    </>
  );
}
