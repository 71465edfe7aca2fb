import { signOutCitizen } from "@/features/auth/sso/idporten-routes";
import { publicRoute } from "@/lib/route-guard";

// POST only (a form button): a cross-site page cannot sign a citizen out (SameSite=Lax cookie).
export const POST = publicRoute("a citizen signs out of their own ID-porten session; the session cookie says whose", ({ req, requestId }) =>
  signOutCitizen(req, requestId),
);
