export const SUGGESTIONS_PATH = "/admin/kunnskapsbase/forslag";

/**
 * returnTo with ?forslag=<status> (replacing an earlier one), keeping the rest of its query.
 * Other pages (the triage page) show their own notice for ?lagret=forslag.
 */
export function withStatus(returnTo: string, status: string): string {
  const url = new URL(returnTo.split("#")[0]!, "http://x");
  url.searchParams.set("forslag", status);
  if (url.pathname !== SUGGESTIONS_PATH) url.searchParams.set("lagret", "forslag");
  return `${url.pathname}${url.search}`;
}
