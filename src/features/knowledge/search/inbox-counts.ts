// The staff inbox's counts and the admin dashboard's input figures from this instance's facet
// index (facet-index/count-inbox.ts), brought up to date with every committed write first, or
// from their SQL definitions while the index loads at server start (sync.ts fromIndexOrSql):
// the routes hand these to the inbox page and the dashboard, which sit below `knowledge`.
import { sqlInputFigures, type InputFigures } from "@/features/dashboard/queries";
import { parseInboxFilter } from "@/features/inputs/inbox/filters";
import { inboxFacets, countInbox as sqlCountInbox, type InboxCounter } from "@/features/inputs/inbox/queries";
import { countInbox } from "./facet-index/count-inbox";
import { fromIndexOrSql } from "./facet-index/sync";

export const inboxCounts: InboxCounter = (filter) =>
  fromIndexOrSql(
    (store) => countInbox(store, filter),
    // One statement at a time: side by side these nine scans would hold nine pooled connections.
    async () => ({ total: await sqlCountInbox(filter), facets: await inboxFacets(filter, { oneAtATime: true }) }),
  );

/** Every input (hidden ones too) per process, and the unread (RECEIVED) per process: two walks of the store. */
export async function inputFigures(): Promise<InputFigures> {
  return fromIndexOrSql((store) => {
    const every = parseInboxFilter({ synlighet: "alle" });
    const all = countInbox(store, every);
    const unread = countInbox(store, { ...every, status: "RECEIVED" });
    return { total: all.total, byProcess: all.facets.prosess, unreadByProcess: unread.facets.prosess };
  }, sqlInputFigures);
}
