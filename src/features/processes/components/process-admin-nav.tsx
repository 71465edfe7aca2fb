import { getTranslations } from "next-intl/server";
import { Tag } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import type { ProcessHeader } from "../admin-queries";

export const PROCESS_SECTIONS = [
  "",
  "rammer",
  "faser",
  "fremdrift",
  "malgrupper",
  "aktiviteter",
  "deltakelse",
  "skjema",
  "publisering",
  "dette-har-vi-hort",
  "logg",
] as const;
export type ProcessSection = (typeof PROCESS_SECTIONS)[number];

/** Sub-navigation of one process in the admin area; the current page is marked for screen readers. */
export async function ProcessAdminNav({ process, current }: { process: ProcessHeader; current: ProcessSection }) {
  const [t, tp] = await Promise.all([getTranslations("admin.processNav"), getTranslations("process")]);
  return (
    <div className="mb-8 space-y-3" data-no-print>
      <p className="flex flex-wrap items-center gap-3 text-sm">
        <TextLink href="/admin/prosesser">{t("allProcesses")}</TextLink>
        <span aria-hidden="true">/</span>
        <span>{process.title}</span>
        <Tag data-color={process.status === "PUBLISHED" ? "success" : "neutral"}>{tp(`status.${process.status}`)}</Tag>
      </p>
      <nav aria-label={t("label")}>
        <ul className="flex flex-wrap gap-x-5 gap-y-2 border-b border-[var(--ds-color-neutral-border-subtle)] pb-2">
          {PROCESS_SECTIONS.map((section) => {
            const href = `/admin/prosesser/${process.id}${section ? `/${section}` : ""}`;
            return (
              <li key={section}>
                <TextLink
                  href={href}
                  aria-current={section === current ? "page" : undefined}
                  style={section === current ? { fontWeight: 700, textDecoration: "none" } : undefined}
                >
                  {t(section || "overview")}
                </TextLink>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
