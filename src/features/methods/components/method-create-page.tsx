import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { listAudiences } from "../queries";
import { BackLink } from "./back-link";
import { MethodForm } from "./method-form";

export async function MethodCreatePage() {
  const [t, audiences] = await Promise.all([getTranslations("methods.create"), listAudiences()]);
  return (
    <>
      <BackLink />
      <PageHeading title={t("title")} lead={t("lead")} />
      <MethodForm audiences={audiences.map((a) => ({ value: a.id, label: a.name }))} />
    </>
  );
}
