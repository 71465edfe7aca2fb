// The staff areas' client components (account, method, target-group, triage, evaluation
// forms …) read many namespaces; their pages get the whole catalogue, as before. Public pages
// get only what they use (lib/i18n/client-messages.ts).
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

export function StaffMessages({ children }: { children: ReactNode }) {
  // No `messages` prop: next-intl passes every message of the request's locale.
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
