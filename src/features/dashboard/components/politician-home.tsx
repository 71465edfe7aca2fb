import { Card, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { politicianOverview } from "../queries";

export async function PoliticianHome({ userId }: { userId: string }) {
  const [t, format, data] = await Promise.all([getTranslations("areas.politician"), getFormatter(), politicianOverview(userId)]);
  const when = (d: Date) => format.dateTime(d, { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <section aria-labelledby="mine" className="mb-10 space-y-3">
        <Heading level={2} data-size="sm" id="mine">
          {t("mine")}
        </Heading>
        {data.mine.length === 0 ? (
          <Paragraph>{t("mineEmpty")}</Paragraph>
        ) : (
          <ul className="space-y-3">
            {data.mine.map((s) => (
              <li key={s.id}>
                <Card data-color="neutral">
                  <Heading level={3} data-size="xs">
                    {s.activity.title}
                  </Heading>
                  <Paragraph data-size="sm">
                    {when(s.activity.startsAt)} · {s.activity.place}
                  </Paragraph>
                  <Tag data-color={s.status === "CONFIRMED" ? "success" : "warning"}>{t(`signupStatus.${s.status}`)}</Tag>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="kommende" className="space-y-3">
        <Heading level={2} data-size="sm" id="kommende">
          {t("upcoming")}
        </Heading>
        {data.upcoming.length === 0 ? (
          <Paragraph>{t("upcomingEmpty")}</Paragraph>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {data.upcoming.map((a) => (
              <li key={a.id}>
                <Card data-color="neutral" className="h-full">
                  <Heading level={3} data-size="xs">
                    {a.title}
                  </Heading>
                  <Paragraph data-size="sm">{t("method", { method: a.method.name })}</Paragraph>
                  <Paragraph data-size="sm">
                    {when(a.startsAt)} · {[a.place, a.district?.name].filter(Boolean).join(", ")}
                  </Paragraph>
                  <Paragraph data-size="sm">
                    {t("places", { free: Math.max(0, a.politicianCapacity - a._count.signups), total: a.politicianCapacity })}
                  </Paragraph>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
