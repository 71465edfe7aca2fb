// Which messages reach the browser. The root layout used to hand every client component the
// whole catalogue (about 134 KB of bokmål JSON on every page), later a few namespaces through
// next-intl's client provider (12 kB of next-intl code on every page, issue #20). Now public
// client components get their texts as props from their server parent; only the two texts that
// a component with no such parent needs travel in a plain context (components/client-texts.tsx):
// the error summary's title (ActionForm, used on many pages) and the error boundary's texts.
// The staff areas wrap their pages in <StaffMessages> (components/staff-messages.tsx), which
// passes the whole catalogue to next-intl's hooks there.
import type { UiLocale } from "./config";
import { MESSAGES } from "./messages";

export type ClientTexts = {
  /** «For å gå videre må du rette opp i dette:» above a form's error summary. */
  summaryTitle: string;
  /** app/error.tsx; `reference` holds `{id}`, the error's digest. */
  error: { title: string; body: string; retry: string; reference: string };
};

export function clientTexts(locale: UiLocale): ClientTexts {
  const m = MESSAGES[locale];
  return { summaryTitle: m.errors.summaryTitle, error: m.common.error };
}
