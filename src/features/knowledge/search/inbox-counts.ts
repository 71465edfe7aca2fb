// The staff inbox's counts from this instance's facet index (facet-index/count-inbox.ts), brought
// up to date with every committed write first: the route hands this to the inbox page, which
// sits below `knowledge` and cannot import it.
import type { InboxCounter } from "@/features/inputs/inbox/queries";
import { countInbox } from "./facet-index/count-inbox";
import { facetStore } from "./facet-index/sync";

export const inboxCounts: InboxCounter = async (filter) => countInbox(await facetStore(), filter);
