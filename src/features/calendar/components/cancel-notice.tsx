// Why an activity was cancelled, for the politicians' pages (next to the "Avlyst" tag).
import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";

export async function CancelNotice({ status, reason }: { status: string; reason: string }) {
  if (status !== "CANCELLED" || !reason) return null;
  const t = await getTranslations("calendar.notice");
  return <Paragraph data-size="sm">{t("reason", { reason })}</Paragraph>;
}
