// Which messages reach the browser. The root layout used to hand every client component the
// whole catalogue (about 134 KB of bokmål JSON on every page, issue #20). Now it passes only
// what client components on public pages use; the staff areas wrap their pages in
// <StaffMessages> (components/staff-messages.tsx), which passes the whole catalogue there.
// A public client component that needs more adds its namespace here (or gets its own provider
// with just its keys, as the public form does for `forms.enhance`).
import type { UiLocale } from "./config";
import { MESSAGES } from "./messages";

export function publicClientMessages(locale: UiLocale) {
  const m = MESSAGES[locale];
  return {
    // ActionForm's error summary title (sign-in, the receipt lookup).
    errors: { summaryTitle: m.errors.summaryTitle },
    // app/error.tsx, the error boundary of every page.
    common: { error: m.common.error },
    // The sign-in form (/logg-inn).
    auth: { signIn: m.auth.signIn },
    // The privacy request form on the receipt page (features/privacy/components/privacy-request-form.tsx).
    privacy: { public: m.privacy.public },
  };
}
