// Why an activity was cancelled, for the politicians' pages (next to the "Avlyst" tag).
import { Paragraph } from "@/components/ds";
import { getTranslations } from "next-intl/server";

export async function CancelNotice({ status, reason }: { status: string; reason: string }) {
  if (status !== "CANCELLED" || !reason) return null;
  const t = await getTranslations("calendar.notice");
  return <Paragraph data-size="sm">{t("reason", { reason })}</Paragraph>;
}
