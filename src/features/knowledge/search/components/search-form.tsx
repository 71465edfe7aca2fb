// The search box: a plain GET form (works without JavaScript). The chosen filters ride along
// as hidden fields, so a new search keeps them.
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ds";
import { TextField } from "@/components/form-fields";
import { FACET_KEYS, type SearchParams } from "../params";

export const SEARCH_PATH = "/admin/kunnskapsbase/sok";

export async function SearchForm({ params }: { params: SearchParams }) {
  const t = await getTranslations("knowledgeSearch.form");
  return (
    <form key={params.q} method="get" action={SEARCH_PATH} role="search" aria-label={t("label")} className="mb-8 flex flex-wrap items-end gap-4">
      <div className="min-w-0 flex-1 basis-64">
        <TextField name="q" type="search" label={t("query")} description={t("queryHelp")} defaultValue={params.q} autoComplete="off" />
      </div>
      {FACET_KEYS.flatMap((key) => params.facets[key].map((v) => <input key={`${key}-${v}`} type="hidden" name={key} value={v} />))}
      {params.synlighet !== "synlige" && <input type="hidden" name="synlighet" value={params.synlighet} />}
      <Button type="submit">{t("submit")}</Button>
    </form>
  );
}
