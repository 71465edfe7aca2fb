import { finishEntraSignIn } from "@/features/auth/sso/entra-routes";
import { publicRoute } from "@/lib/route-guard";

export const GET = publicRoute("Entra ID sends the browser back here; state, nonce and PKCE prove it is this browser's sign-in", ({ req, url, requestId }) =>
  finishEntraSignIn(req, url, requestId),
);
