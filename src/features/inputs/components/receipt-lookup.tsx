import { Button, Heading } from "@digdir/designsystemet-react";
import { getTranslations } from "next-intl/server";
import { TextField } from "@/components/form-fields";

/** A plain GET form to /kvittering, so it works without JavaScript. */
export async function ReceiptLookup({ error, value }: { error?: string; value?: string }) {
  const t = await getTranslations("forms.lookup");
  return (
    <section aria-labelledby="slaa-opp" className="max-w-md space-y-3" data-no-print>
      <Heading level={2} data-size="sm" id="slaa-opp">
        {t("heading")}
      </Heading>
      <form action="/kvittering" method="get" className="space-y-4">
        <TextField name="kode" label={t("label")} description={t("help")} error={error} defaultValue={value} autoComplete="off" spellCheck={false} />
        <Button type="submit" variant="secondary">
          {t("submit")}
        </Button>
      </form>
    </section>
  );
}
