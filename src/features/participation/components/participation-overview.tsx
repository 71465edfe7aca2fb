// Per party: seats (active politicians with an account), how many have signed up for at
// least one activity of the process, and who has not yet. Parties where nobody has signed
// up are marked, in text as well as colour.
import { getTranslations } from "next-intl/server";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@/components/ds";
import type { participationOverview } from "../participation-queries";

type Overview = Awaited<ReturnType<typeof participationOverview>>;

export async function ParticipationOverview({ overview, rule }: { overview: Overview; rule: string }) {
  const t = await getTranslations("accounts.participation");
  const missing = overview.seats - overview.signedUp;
  return (
    <section aria-labelledby="deltakelse-oversikt" className="space-y-4">
      <Heading level={2} data-size="sm" id="deltakelse-oversikt">
        {t("overviewTitle")}
      </Heading>
      <Paragraph>{t("summary", { signedUp: overview.signedUp, seats: overview.seats })}</Paragraph>
      {rule === "EVERYONE" && missing > 0 && <Paragraph>{t("expectedMissing", { count: missing })}</Paragraph>}
      <Paragraph data-size="sm">{t("countsNote")}</Paragraph>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("tableLabel")}>
        <Table>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t("colParty")}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t("colSeats")}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t("colSignedUp")}</TableHeaderCell>
              <TableHeaderCell>{t("colNotSignedUp")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {overview.parties.map((p) => {
              const nobody = p.seats > 0 && p.signedUp === 0;
              return (
                <TableRow
                  key={p.partyId ?? "uten-parti"}
                  data-testid={`parti-${p.shortName ?? "uten"}`}
                  style={nobody ? { background: "var(--ds-color-warning-surface-tinted)" } : undefined}
                >
                  <TableCell>
                    <span className="flex flex-wrap items-center gap-2">
                      {p.name ?? t("noParty")}
                      {nobody && <Tag data-color="warning">{t("nobody")}</Tag>}
                    </span>
                  </TableCell>
                  <TableCell className="text-right">{p.seats}</TableCell>
                  <TableCell className="text-right">{p.signedUp}</TableCell>
                  <TableCell>{p.seats === 0 ? t("noAccounts") : p.notSignedUp.length === 0 ? t("all") : p.notSignedUp.map((u) => u.name).join(", ")}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
