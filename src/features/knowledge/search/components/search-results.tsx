// The result list: snippet with highlights, then what the input is tagged with, and links to
// triage it or open it in the inbox.
import { getTranslations } from "next-intl/server";
import { Tag } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { SearchHit } from "../search-inputs";
import { HighlightedSnippet } from "./highlighted-snippet";

export async function SearchResults({ rows }: { rows: SearchHit[] }) {
  const [t, tInbox, fmtDate] = await Promise.all([getTranslations("knowledgeSearch.results"), getTranslations("inbox"), getDateFormat()]);
  const meta = (label: string, value: string) => (
    <div className="flex gap-1">
      <dt className="font-semibold">{label}:</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <ol aria-label={t("listLabel")} className="space-y-6" data-testid="search-results">
      {rows.map((r) => {
        const date = fmtDate(r.submittedAt, "dateMedium");
        const context = <span className="sr-only"> – {t("linkContext", { date })}</span>;
        return (
          <li key={r.id} className="border-b border-gray-300 pb-4" data-testid="search-hit">
            {(r.isHidden || r.heldForReview) && (
              <div className="mb-2 flex gap-2">
                {r.isHidden && <Tag data-color="warning">{tInbox("list.hidden")}</Tag>}
                {r.heldForReview && <Tag data-color="warning">{tInbox("list.held")}</Tag>}
              </div>
            )}
            <HighlightedSnippet snippet={r.snippet} lang={r.language} />
            <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
              {meta(t("category"), r.category ? tInbox(`category.${r.category}`) : t("uncategorized"))}
              {r.topics.length > 0 && meta(t("topics"), r.topics.join(", "))}
              {r.plans.length > 0 && meta(t("plans"), r.plans.join(", "))}
              {r.district && meta(t("district"), r.district.name)}
              {meta(t("channel"), tInbox(`channel.${r.channel}`))}
              {meta(t("date"), date)}
              {meta(t("process"), r.process.title)}
            </dl>
            <p className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
              <TextLink href={`/admin/kunnskapsbase/sortering/${r.id}`}>
                {t("triage")}
                {context}
              </TextLink>
              <TextLink href={`/admin/innspill/${r.id}`}>
                {t("open")}
                {context}
              </TextLink>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
