// The triage queue's counts for its page: from this instance's facet index, brought up to date
// with every committed write first (facet-index/count-triage.ts: milliseconds), or from SQL
// (sqlTriageCounts: a scan of every visible input) while the index loads at server start.
import { countTriage } from "@/features/knowledge/search/facet-index/count-triage";
import { fromIndexOrSql } from "@/features/knowledge/search/facet-index/sync";
import type { TriageFilter } from "./filters";
import { sqlTriageCounts, type TriageCounts } from "./queries";

export const triageCounts = (filter: TriageFilter): Promise<TriageCounts> =>
  fromIndexOrSql(
    (store) => countTriage(store, filter),
    () => sqlTriageCounts(filter),
  );
