// The staff inbox's counts and the admin dashboard's input figures from this instance's facet
// index (facet-index/count-inbox.ts), brought up to date with every committed write first: the
// routes hand these to the inbox page and the dashboard, which sit below `knowledge`.
import type { InputFigures } from "@/features/dashboard/queries";
import { parseInboxFilter } from "@/features/inputs/inbox/filters";
import type { InboxCounter } from "@/features/inputs/inbox/queries";
import { countInbox } from "./facet-index/count-inbox";
import { facetStore } from "./facet-index/sync";

export const inboxCounts: InboxCounter = async (filter) => countInbox(await facetStore(), filter);

/** Every input (hidden ones too) per process, and the unread (RECEIVED) per process: two walks of the store. */
export async function inputFigures(): Promise<InputFigures> {
  const store = await facetStore();
  const every = parseInboxFilter({ synlighet: "alle" });
  const all = countInbox(store, every);
  const unread = countInbox(store, { ...every, status: "RECEIVED" });
  return { total: all.total, byProcess: all.facets.prosess, unreadByProcess: unread.facets.prosess };
}
