import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { titleFrom } from "@/components/route-page";
import { TextLink } from "@/components/text-link";
import { AuditLog } from "@/features/audit/components/audit-log";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("admin.auditLog");

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ searchParams }: Props) {
  await requirePermission("audit.read", "/admin/endringslogg");
  const t = await getTranslations("admin.auditLog");
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <Paragraph className="mb-6">
        {/* A download, not a page: a plain link, so the browser saves the file. */}
        <TextLink href="/admin/endringslogg/eksport" download>
          {t("exportCsv")}
        </TextLink>
      </Paragraph>
      <AuditLog before={(await searchParams).for} basePath="/admin/endringslogg" />
    </>
  );
}
