// The "Kalender" section of the politician's home page: how to subscribe, and the form that
// makes, renews or turns off the personal feed address.
import { getTranslations } from "next-intl/server";
import { Heading, Paragraph } from "@/components/ds";
import { Section } from "@/components/section";
import { calendarSubscriptionActive } from "../queries";
import { SubscriptionForm } from "./subscription-form";

export async function CalendarSection({ userId }: { userId: string }) {
  const [t, active] = await Promise.all([getTranslations("calendar.section"), calendarSubscriptionActive(userId)]);
  return (
    <Section id="kalender" heading={t("heading")} className="mt-10 space-y-4">
      <Paragraph>{t("lead")}</Paragraph>
      <div className="space-y-2">
        <Heading level={3} data-size="xs">
          {t("howTo")}
        </Heading>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("outlook")}</li>
          <li>{t("google")}</li>
          <li>{t("apple")}</li>
        </ul>
        <Paragraph data-size="sm">{t("delay")}</Paragraph>
      </div>
      <SubscriptionForm active={active} />
    </Section>
  );
}
