import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeading } from "@/components/page-heading";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";
import { getProcessForAdmin, type AdminProcess } from "../../admin-queries";
import { ProcessAdminNav, type ProcessSection } from "../process-admin-nav";

/**
 * Access check + load for a process's admin page: anonymous → sign-in (and back to this very page:
 * `rest` are the path segments below the section), wrong role → 403, unknown id → 404.
 */
export async function loadAdminProcess(id: string, section: ProcessSection, ...rest: string[]): Promise<AdminProcess> {
  const path = [id, section, ...rest].filter(Boolean).map(encodeURIComponent).join("/");
  await requirePermission("area.admin", `/admin/prosesser/${path}`);
  const process = await getProcessForAdmin(id);
  if (!process) pageNotFound();
  return process;
}

/** The frame of every process admin page: sub-navigation, one h1 naming section and process. */
export async function ProcessAdminFrame({
  process,
  section,
  children,
  lead,
  task,
}: {
  process: AdminProcess;
  section: ProcessSection;
  children: ReactNode;
  lead?: string;
  task?: string;
}) {
  const t = await getTranslations("admin.processNav");
  return (
    <>
      <ProcessAdminNav process={process} current={section} />
      <PageHeading title={`${task ?? t(section || "overview")}: ${process.title}`} lead={lead} />
      {children}
    </>
  );
}
