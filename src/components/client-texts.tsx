"use client";

// The few texts that client components on every page need: the error summary's title
// (ActionForm) and the error boundary's texts (app/error.tsx, which has no server parent to
// pass them as props). The root layout provides them in the request's language. A plain React
// context instead of next-intl's client provider: public pages then load none of next-intl's
// client code (about 12 kB gzipped) and no message catalogue (issue #20). Staff areas still get
// next-intl's provider with the whole catalogue (components/staff-messages.tsx).
import { createContext, useContext, type ReactNode } from "react";
import type { ClientTexts } from "@/lib/i18n/client-messages";

const ClientTextsContext = createContext<ClientTexts | null>(null);

export function ClientTextsProvider({ texts, children }: { texts: ClientTexts; children: ReactNode }) {
  return <ClientTextsContext.Provider value={texts}>{children}</ClientTextsContext.Provider>;
}

export function useClientTexts(): ClientTexts {
  const texts = useContext(ClientTextsContext);
  if (!texts) throw new Error("useClientTexts outside the root layout's ClientTextsProvider");
  return texts;
}
