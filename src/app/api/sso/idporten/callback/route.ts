import { finishIdPortenSignIn } from "@/features/auth/sso/idporten-routes";
import { publicRoute } from "@/lib/route-guard";

export const GET = publicRoute(
  "ID-porten sends the browser back here; state, nonce, PKCE and acr prove it is this browser's sign-in",
  ({ req, url, requestId }) => finishIdPortenSignIn(req, url, requestId),
);
