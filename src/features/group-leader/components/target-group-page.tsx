// A target group opened from the coverage matrix: its place on the matrix, the activities
// aimed at it and the inputs from it (newest first, "Vis eldre innspill" pages by keyset).
import { getTranslations } from "next-intl/server";
import { DataTable, numeric } from "@/components/data-table";
import { Card, Heading, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { encodeInboxCursor } from "@/features/inputs/inbox/cursor";
import { strategyFor } from "@/features/target-groups/strategy";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { targetGroupDetail } from "../target-group-queries";

type Detail = NonNullable<Awaited<ReturnType<typeof targetGroupDetail>>>;
const RTL = new Set(["ar"]);
const langOf = (l: string) => (l === "mixed" || l === "other" ? undefined : l);

export async function TargetGroupPage({ slug, detail }: { slug: string; detail: Detail }) {
  const [t, ttg, tc, fmtDate] = await Promise.all([
    getTranslations("groupLeader.group"),
    getTranslations("targetGroups"),
    getTranslations("areas.inputCategory"),
    getDateFormat(),
  ]);
  const { group, activities, inputs, next } = detail;
  const base = `/gruppeleder/prosesser/${slug}`;
  const when = (d: Date) => fmtDate(d, "dateTimeMedium");
  return (
    <>
      <p className="mb-4">
        <TextLink href={`${base}#malgrupper`}>{t("back")}</TextLink>
      </p>
      <PageHeading
        title={t("title", { name: group.name })}
        lead={t("lead", {
          strategy: ttg(`strategy.${strategyFor(group.importance, group.difficulty)}`),
          importance: ttg(`importance.${group.importance}`),
          difficulty: ttg(`difficulty.${group.difficulty}`),
        })}
      />
      {group.description && <Paragraph className="mb-8">{group.description}</Paragraph>}
      <div className="space-y-10">
        {/* Not a labelled region: the table's own scroll region carries the same name. */}
        <section className="space-y-3">
          <Heading level={2} data-size="sm" id="aktiviteter">
            {t("activities")}
          </Heading>
          {activities.length === 0 ? (
            <Paragraph>{t("noActivities")}</Paragraph>
          ) : (
            <DataTable
              label={t("activities")}
              size="sm"
              testId="malgruppe-aktiviteter"
              rowHeader
              columns={[t("colActivity"), t("colWhen"), t("colMethod"), t("colState"), numeric(t("colReached"))]}
              rows={activities}
              rowKey={(a) => a.id}
              cells={(a) => [a.title, when(a.startsAt), a.method, t(`state.${a.state}`), a.reached]}
            />
          )}
        </section>
        <Section id="innspill" heading={t("inputs")} className="space-y-3">
          {inputs.length === 0 ? (
            <Paragraph>{t("noInputs")}</Paragraph>
          ) : (
            <ul className="space-y-3" data-testid="malgruppe-innspill">
              {inputs.map((i) => (
                <li key={i.id}>
                  <Card data-color="neutral">
                    <Paragraph data-size="sm">
                      {when(i.submittedAt)} · {tc(i.category ?? "NONE")}
                    </Paragraph>
                    {i.text == null ? (
                      <Paragraph>
                        <em>{t("withheld")}</em>
                      </Paragraph>
                    ) : (
                      <Paragraph lang={langOf(i.language)} dir={RTL.has(i.language) ? "rtl" : "auto"}>
                        {i.text}
                      </Paragraph>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          )}
          {next && (
            <Paragraph>
              <TextLink href={`${base}/malgrupper/${group.id}?etter=${encodeURIComponent(encodeInboxCursor(next))}#innspill`}>{t("more")}</TextLink>
            </Paragraph>
          )}
        </Section>
      </div>
    </>
  );
}
