// A method's resource profile, channel and target groups as a definition list. Levels are
// words ("Lav", "Høy"), never colour alone.
import { getTranslations } from "next-intl/server";
import { FactList } from "@/components/fact-list";
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
  rows.push([t("suits"), method.audiences.length > 0 ? method.audiences.map((a) => a.audience.name).join(", ") : t("noAudiences")]);
  return <FactList rows={rows} />;
}
