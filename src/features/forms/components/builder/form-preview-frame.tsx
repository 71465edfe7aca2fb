import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TextLink } from "@/components/text-link";
import type { AdminProcess } from "@/features/processes/admin-queries";
import { ProcessAdminNav } from "@/features/processes/components/process-admin-nav";
import type { PublicForm } from "../../queries";
import { textsFor, type FormTexts } from "../../types";

/** Admin navigation around the citizen's view; the public page itself brings the one h1. */
export async function FormPreviewFrame({
  process,
  form,
  builderPath,
  children,
}: {
  process: AdminProcess;
  form: PublicForm;
  builderPath: string;
  children: ReactNode;
}) {
  const t = await getTranslations("formBuilder.preview");
  const title = textsFor<NonNullable<FormTexts["nb"]>>(form.texts, "nb")?.title ?? form.slug;
  return (
    <>
      <ProcessAdminNav process={process} current="skjema" />
      <p className="mb-6" data-no-print>
        <TextLink href={builderPath}>{t("back", { title })}</TextLink>
      </p>
      <div className="rounded border-2 border-dashed border-[var(--ds-color-neutral-border-default)] p-4 sm:p-6">{children}</div>
    </>
  );
}
