// A method's resource profile, channel and target groups as a definition list. Levels are
// words ("Lav", "Høy"), never colour alone.
import { getTranslations } from "next-intl/server";
import type { MethodListItem } from "../queries";

type Facts = Pick<MethodListItem, "timeLevel" | "moneyLevel" | "effortLevel" | "channel" | "typicalSize" | "audiences">;

export async function MethodFacts({ method }: { method: Facts }) {
  const [t, tl] = await Promise.all([getTranslations("methods"), getTranslations("admin.levels")]);
  const rows: [string, string][] = [
    [t("fields.timeLevel"), tl(method.timeLevel)],
    [t("fields.moneyLevel"), tl(method.moneyLevel)],
    [t("fields.effortLevel"), tl(method.effortLevel)],
    [t("fields.channel"), t(`channels.${method.channel}`)],
  ];
  if (method.typicalSize) rows.push([t("fields.typicalSize"), method.typicalSize]);
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
      <div className="contents">
        <dt className="font-semibold">{t("suits")}</dt>
        <dd className="break-words">{method.audiences.length > 0 ? method.audiences.map((a) => a.audience.name).join(", ") : t("noAudiences")}</dd>
      </div>
    </dl>
  );
}
