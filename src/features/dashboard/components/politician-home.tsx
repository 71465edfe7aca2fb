import { getTranslations } from "next-intl/server";
import { Card, Heading, Paragraph, Tag } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { CalendarSection } from "@/features/calendar/components/calendar-section";
import { CancelNotice } from "@/features/calendar/components/cancel-notice";
import { PendingEvaluations } from "@/features/evaluations/components/pending-evaluations";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { politicianOverview } from "../queries";
import { MyActivityLinks } from "./my-activity-links";

type Overview = Awaited<ReturnType<typeof politicianOverview>>;
type Row = Overview["upcoming"][number] | Overview["past"][number];

export async function PoliticianHome({ userId }: { userId: string }) {
  const [t, ts, fmtDate, data] = await Promise.all([
    getTranslations("areas.politician"),
    getTranslations("signups.home"),
    getDateFormat(),
    politicianOverview(userId),
  ]);
  const when = (d: Date) => fmtDate(d, "weekdayDateTime");
  const list = (rows: Row[], empty: string) =>
    rows.length === 0 ? (
      <Paragraph>{empty}</Paragraph>
    ) : (
      <ul className="space-y-3">
        {rows.map((s) => (
          <li key={s.id} id={`aktivitet-${s.activity.id}`}>
            <Card data-color="neutral" className="space-y-2">
              <Heading level={4} data-size="xs">
                {s.activity.title}
              </Heading>
              <Paragraph data-size="sm">
                {when(s.activity.startsAt)} · {s.activity.place} · {s.activity.method.name}
              </Paragraph>
              <div className="flex flex-wrap gap-2">
                <Tag data-color={s.status === "CONFIRMED" ? "success" : "warning"}>{ts(`status.${s.status}`)}</Tag>
                {s.position && <Tag data-color="warning">{ts("position", { position: s.position })}</Tag>}
                {s.activity.status === "CANCELLED" && <Tag data-color="danger">{ts("cancelled")}</Tag>}
                {s.recentlyPromoted && <Tag data-color="info">{ts("promoted")}</Tag>}
              </div>
              <CancelNotice status={s.activity.status} reason={s.activity.cancelReason} />
              <MyActivityLinks row={s} />
            </Card>
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <Section id="velg" heading={ts("choose")} className="mb-10 space-y-3">
        <Paragraph>{ts("chooseLead")}</Paragraph>
        <TextLink href="/politiker/aktiviteter">{ts("choose")}</TextLink>
      </Section>
      <PendingEvaluations userId={userId} />
      <Section id="mine" heading={t("mine")} className="space-y-6">
        <div className="space-y-3">
          <Heading level={3} data-size="xs">
            {ts("upcoming")}
          </Heading>
          {list(data.upcoming, ts("upcomingEmpty"))}
        </div>
        <div className="space-y-3">
          <Heading level={3} data-size="xs">
            {ts("past")}
          </Heading>
          {list(data.past, ts("pastEmpty"))}
        </div>
      </Section>
      <CalendarSection userId={userId} />
    </>
  );
}
