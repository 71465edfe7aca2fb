// "Velg aktiviteter": upcoming activities across published processes, filtered by GET
// parameters, as a date-ordered list or grouped by method (so a politician can pick methods).
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Heading, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
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
        <NextLink className="ds-link" href="/politiker">
          {t("back")}
        </NextLink>
      </p>
      <ChooseFilterForm filter={filter} options={options} />
      <section aria-labelledby="resultater" className="space-y-6">
        <Heading level={2} data-size="sm" id="resultater">
          {t("results")}
        </Heading>
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
        <nav aria-label={t("results")} className="flex flex-wrap gap-6">
          {filter.etter && (
            <NextLink className="ds-link" href={`${CHOOSE_PATH}${filterQuery(filter)}`}>
              {t("first")}
            </NextLink>
          )}
          {page.next && (
            <NextLink className="ds-link" href={`${CHOOSE_PATH}${filterQuery(filter, { etter: page.next })}`}>
              {t("next")}
            </NextLink>
          )}
        </nav>
      </section>
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
