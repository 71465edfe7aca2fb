import { getTranslations } from "next-intl/server";
import { Card, Heading, Paragraph } from "@/components/ds";
import { ListSection } from "@/components/list-section";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { PublicProcess } from "../queries";

/** Where and when citizens can meet the politicians: upcoming public activities only. */
export async function UpcomingActivities({ activities, lang }: { activities: PublicProcess["activities"]; lang?: string }) {
  const [t, fmtDate] = await Promise.all([getTranslations("process"), getDateFormat()]);
  const when = (a: Date, b: Date) => `${fmtDate(a, "weekdayDateTime")}–${fmtDate(b, "time")}`;
  return (
    <ListSection
      id="aktiviteter-tittel"
      heading={t("activitiesHeading")}
      size="md"
      className="space-y-4"
      empty={activities.length === 0}
      emptyText={t("noActivities")}
    >
      <ul className="grid gap-4 md:grid-cols-2">
        {activities.map((a) => (
          <li key={a.id}>
            <Card data-color="neutral" className="h-full">
              <Heading level={3} data-size="xs" lang={lang}>
                {a.title}
              </Heading>
              <Paragraph data-size="sm">
                <strong>{when(a.startsAt, a.endsAt)}</strong>
              </Paragraph>
              <Paragraph data-size="sm" lang={a.isOnline ? undefined : lang}>
                {a.isOnline ? t("online") : [a.place, a.district?.name].filter(Boolean).join(", ")}
              </Paragraph>
              {a.description && (
                <Paragraph data-size="sm" lang={lang}>
                  {a.description}
                </Paragraph>
              )}
              <Paragraph data-size="sm">{t("method", { method: a.method.name })}</Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    </ListSection>
  );
}
