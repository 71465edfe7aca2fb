import { startEntraSignIn } from "@/features/auth/sso/entra-routes";
import { publicRoute } from "@/lib/route-guard";

export const GET = publicRoute("starts an Entra ID sign-in: signing in is for people who are not signed in yet", ({ req, url, requestId }) =>
  startEntraSignIn(req, url, requestId),
);
