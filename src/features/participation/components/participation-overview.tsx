// Per party: seats (active politicians with an account), how many have signed up for at
// least one activity of the process, and who has not yet. Parties where nobody has signed
// up are marked, in text as well as colour.
import { getTranslations } from "next-intl/server";
import { DataTable, numeric } from "@/components/data-table";
import { Paragraph, Tag } from "@/components/ds";
import { Section } from "@/components/section";
import type { participationOverview } from "../participation-queries";

type Overview = Awaited<ReturnType<typeof participationOverview>>;

export async function ParticipationOverview({ overview, rule }: { overview: Overview; rule: string }) {
  const t = await getTranslations("accounts.participation");
  const missing = overview.seats - overview.signedUp;
  const nobody = (p: Overview["parties"][number]) => p.seats > 0 && p.signedUp === 0;
  return (
    <Section id="deltakelse-oversikt" heading={t("overviewTitle")} className="space-y-4">
      <Paragraph>{t("summary", { signedUp: overview.signedUp, seats: overview.seats })}</Paragraph>
      {rule === "EVERYONE" && missing > 0 && <Paragraph>{t("expectedMissing", { count: missing })}</Paragraph>}
      <Paragraph data-size="sm">{t("countsNote")}</Paragraph>
      <DataTable
        label={t("tableLabel")}
        zebra={false}
        columns={[t("colParty"), numeric(t("colSeats")), numeric(t("colSignedUp")), t("colNotSignedUp")]}
        rows={overview.parties}
        rowKey={(p) => p.partyId ?? "uten-parti"}
        rowProps={(p) => ({
          "data-testid": `parti-${p.shortName ?? "uten"}`,
          style: nobody(p) ? { background: "var(--ds-color-warning-surface-tinted)" } : undefined,
        })}
        cells={(p) => [
          <span key="party" className="flex flex-wrap items-center gap-2">
            {p.name ?? t("noParty")}
            {nobody(p) && <Tag data-color="warning">{t("nobody")}</Tag>}
          </span>,
          p.seats,
          p.signedUp,
          p.seats === 0 ? t("noAccounts") : p.notSignedUp.length === 0 ? t("all") : p.notSignedUp.map((u) => u.name).join(", "),
        ]}
      />
    </Section>
  );
}
