// "Velg aktiviteter": upcoming activities across published processes, filtered by GET
// parameters, as a date-ordered list or grouped by method (so a politician can pick methods).
import { getTranslations } from "next-intl/server";
import { Heading, Paragraph } from "@/components/ds";
import { KeysetPager } from "@/components/keyset-pager";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { filterQuery, type ChooseFilter } from "../filters";
import { chooseFilterOptions, listChoosableActivities, type ChoosableActivity } from "../queries";
import { ActivityCard } from "./activity-card";
import { CHOOSE_PATH, ChooseFilterForm } from "./choose-filter";

export async function ChoosePage({ userId, filter }: { userId: string; filter: ChooseFilter }) {
  const [t, options, page] = await Promise.all([getTranslations("signups.choose"), chooseFilterOptions(), listChoosableActivities(userId, filter)]);
  const groups = new Map<string, { name: string; rows: ChoosableActivity[] }>();
  for (const a of page.rows) {
    const g = groups.get(a.method.id) ?? { name: a.method.name, rows: [] };
    g.rows.push(a);
    groups.set(a.method.id, g);
  }
  const byMethod = filter.visning === "metode";
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <p className="mb-6">
        <TextLink href="/politiker">{t("back")}</TextLink>
      </p>
      <ChooseFilterForm filter={filter} options={options} />
      <Section id="resultater" heading={t("results")} className="space-y-6">
        <Paragraph role="status">{t("count", { count: page.rows.length })}</Paragraph>
        {page.rows.length === 0 && <Paragraph>{t("empty")}</Paragraph>}
        {byMethod ? (
          [...groups.entries()]
            .sort(([, x], [, y]) => x.name.localeCompare(y.name, "nb"))
            .map(([id, g]) => (
              <section key={id} aria-labelledby={`metode-${id}`} className="space-y-3">
                <Heading level={3} data-size="xs" id={`metode-${id}`}>
                  {g.name} <span className="font-normal">({t("methodGroup", { count: g.rows.length })})</span>
                </Heading>
                <CardList rows={g.rows} headingLevel={4} />
              </section>
            ))
        ) : (
          <CardList rows={page.rows} headingLevel={3} />
        )}
        <KeysetPager
          label={t("results")}
          first={filter.etter ? { href: `${CHOOSE_PATH}${filterQuery(filter)}`, label: t("first") } : null}
          next={page.next ? { href: `${CHOOSE_PATH}${filterQuery(filter, { etter: page.next })}`, label: t("next") } : null}
        />
      </Section>
    </>
  );
}

function CardList({ rows, headingLevel }: { rows: ChoosableActivity[]; headingLevel: 3 | 4 }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {rows.map((a) => (
        <li key={a.id}>
          <ActivityCard activity={a} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
