// The public form's POST: answers 303 to the receipt, or the form again with a 4xx (see
// src/features/inputs/submit/public-submit-route.ts). Open to everyone: citizens need no account.
import { handlePublicSubmit } from "@/features/inputs/submit/public-submit-route";
import { publicRoute } from "@/lib/route-guard";

export const POST = publicRoute<{ slug: string }>("citizens post the public form without an account", handlePublicSubmit);
