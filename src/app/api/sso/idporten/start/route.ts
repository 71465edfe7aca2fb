import { startIdPortenSignIn } from "@/features/auth/sso/idporten-routes";
import { publicRoute } from "@/lib/route-guard";

export const GET = publicRoute(
  "starts an ID-porten sign-in for a citizen: signing in is for people who are not signed in yet",
  ({ req, url, locale, requestId }) => startIdPortenSignIn(req, url, locale, requestId),
);
