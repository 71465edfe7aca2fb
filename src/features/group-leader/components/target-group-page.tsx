// A target group opened from the coverage matrix: its place on the matrix, the activities
// aimed at it and the inputs from it (newest first, "Vis eldre innspill" pages by keyset).
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Card, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { NumberHeader } from "@/components/number-header";
import { PageHeading } from "@/components/page-heading";
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
        <NextLink className="ds-link" href={`${base}#malgrupper`}>
          {t("back")}
        </NextLink>
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
        <section className="space-y-3">
          <Heading level={2} data-size="sm" id="aktiviteter">
            {t("activities")}
          </Heading>
          {activities.length === 0 ? (
            <Paragraph>{t("noActivities")}</Paragraph>
          ) : (
            <div className="overflow-x-auto" role="region" aria-label={t("activities")} tabIndex={0}>
              <Table zebra data-size="sm" data-testid="malgruppe-aktiviteter">
                <TableHead>
                  <TableRow>
                    <TableHeaderCell scope="col">{t("colActivity")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("colWhen")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("colMethod")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("colState")}</TableHeaderCell>
                    <NumberHeader>{t("colReached")}</NumberHeader>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {activities.map((a) => (
                    <TableRow key={a.id}>
                      <TableHeaderCell scope="row" className="font-normal">
                        {a.title}
                      </TableHeaderCell>
                      <TableCell>{when(a.startsAt)}</TableCell>
                      <TableCell>{a.method}</TableCell>
                      <TableCell>{t(`state.${a.state}`)}</TableCell>
                      <TableCell className="text-right">{a.reached}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </section>
        <section className="space-y-3">
          <Heading level={2} data-size="sm" id="innspill">
            {t("inputs")}
          </Heading>
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
              <NextLink className="ds-link" href={`${base}/malgrupper/${group.id}?etter=${encodeURIComponent(encodeInboxCursor(next))}#innspill`}>
                {t("more")}
              </NextLink>
            </Paragraph>
          )}
        </section>
      </div>
    </>
  );
}
