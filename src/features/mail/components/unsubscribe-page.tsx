// The unsubscribe confirm page: a plain form POST (no JavaScript needed), and nothing happens
// on GET — link scanners in mail systems open links, and must not unsubscribe anyone.
import { getTranslations } from "next-intl/server";
import { Alert, Button, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { isCitizenKind } from "../kinds";
import { UNSUBSCRIBE_POST_PATH } from "../token";
import { unsubscribeTarget } from "../unsubscribe";

export async function UnsubscribePage({ token, done }: { token: string; done: boolean }) {
  const [t, tm] = await Promise.all([getTranslations("mail.unsubscribe"), getTranslations("mail")]);
  if (done) {
    return (
      <>
        <PageHeading title={t("title")} />
        <Alert data-color="success" role="status">
          {t("done")}
        </Alert>
      </>
    );
  }
  const target = await unsubscribeTarget(token);
  if (!target) {
    return (
      <>
        <PageHeading title={t("title")} />
        <Alert data-color="warning">{t("invalid")}</Alert>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t("title")} />
      <Paragraph className="mb-3">{t("confirm", { address: target.maskedAddress })}</Paragraph>
      <Paragraph className="mb-6">{isCitizenKind(target.kind) ? t("whatCitizen") : t("whatKind", { kind: tm(`kinds.${target.kind}`) })}</Paragraph>
      <form method="post" action={`${UNSUBSCRIBE_POST_PATH}?${new URLSearchParams({ t: token, sprak: target.locale })}`}>
        <Button type="submit">{t("button")}</Button>
      </form>
    </>
  );
}
