// One upcoming activity as a politician sees it when choosing: the method and what it takes,
// when and where, target groups, places, who has signed up, and the reader's own action.
import { getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/button-form";
import { Card, Heading, Paragraph, Tag } from "@/components/ds";
import { FactList } from "@/components/fact-list";
import { CancelNotice } from "@/features/calendar/components/cancel-notice";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { signUpAction, withdrawAction } from "../actions";
import type { ChoosableActivity } from "../queries";

export async function ActivityCard({ activity: a, headingLevel }: { activity: ChoosableActivity; headingLevel: 3 | 4 }) {
  const [t, tl, th, fmtDate] = await Promise.all([
    getTranslations("signups.card"),
    getTranslations("admin.levels"),
    getTranslations("signups.home"),
    getDateFormat(),
  ]);
  const when = `${fmtDate(a.startsAt, "dateTimeFull")}–${fmtDate(a.endsAt, "time")}`;
  const where = [a.isOnline ? t("online") : null, a.place, a.district?.name].filter(Boolean).join(", ");
  const groups = a.targetGroups.map((g) => g.targetGroup.name);
  const rows: [string, string][] = [
    [t("process"), a.process.title],
    [t("method"), `${a.method.name} (${t("resources", { time: tl(a.method.timeLevel), money: tl(a.method.moneyLevel), effort: tl(a.method.effortLevel) })})`],
    [t("when"), when],
    [t("where"), where],
    [t("targetGroups"), groups.length > 0 ? groups.join(", ") : t("noTargetGroups")],
    [t("places"), `${t("free", { free: a.free, total: a.politicianCapacity })}${t("waiting", { count: a.waitlistCount })}`],
    [
      t("signedUp"),
      a.confirmed.length > 0 ? a.confirmed.map((p) => (p.party ? t("party", { name: p.name, party: p.party }) : p.name)).join(", ") : t("nobody"),
    ],
  ];
  return (
    <Card data-color="neutral" className="h-full space-y-3">
      <Heading level={headingLevel} data-size="xs">
        {a.title}
      </Heading>
      <FactList rows={rows} />
      {a.mine === "CONFIRMED" && <Tag data-color="success">{t("confirmed")}</Tag>}
      {a.mine === "WAITLISTED" && <Tag data-color="warning">{t("waitlisted", { position: a.position ?? 0 })}</Tag>}
      {a.status === "CANCELLED" ? (
        <>
          <Tag data-color="danger">{th("cancelled")}</Tag>
          <CancelNotice status={a.status} reason={a.cancelReason} />
        </>
      ) : a.status === "PLANNED" && !a.mine ? (
        <Paragraph data-size="sm">{t("notOpen")}</Paragraph>
      ) : a.mine ? (
        // Keyed by the reader's status: a fresh form (no stale error) after each change.
        <ButtonForm
          key={`${a.id}-${a.mine}`}
          action={withdrawAction}
          label={t("withdraw")}
          context={a.title}
          className="space-y-3"
          hidden={{ activityId: a.id }}
        />
      ) : (
        <ButtonForm
          key={`${a.id}-none`}
          action={signUpAction}
          label={a.free > 0 ? t("signUp") : t("joinWaitlist")}
          context={a.title}
          className="space-y-3"
          variant="primary"
          hidden={{ activityId: a.id }}
        />
      )}
    </Card>
  );
}
