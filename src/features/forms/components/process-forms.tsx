import { getLocale, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Button } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import { listOpenForms } from "@/features/forms/queries";
import { textsFor, type FormTexts } from "@/features/forms/types";
import type { Locale } from "@/generated/prisma/enums";

/** "Gi innspill": the process's open forms, as prominent links. */
export async function ProcessForms({ processId }: { processId: string }) {
  const [forms, t, locale] = await Promise.all([listOpenForms(processId), getTranslations("process"), getLocale()]);
  if (forms.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-4" data-no-print>
      {forms.map((f) => (
        <Button key={f.slug} asChild>
          <NextLink href={`/skjema/${f.slug}`}>{textsFor<NonNullable<FormTexts["nb"]>>(f.texts, locale as Locale)?.title ?? t("giveInput")}</NextLink>
        </Button>
      ))}
      <TextLink className="self-center" href="/kvittering">
        {t("findReceipt")}
      </TextLink>
    </div>
  );
}
