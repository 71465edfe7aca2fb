// Hands a failed public-form post's state (message, field errors, what was typed) from the
// route handler to the form page it renders again. The handler renders the page by asking this
// same server for it (a loopback GET, see public-submit-route.ts) with a one-time token in a
// header; the state itself never leaves the process, so it can be large (a 2 MB text) and
// nobody can inject another person's state: a token is random, used once and gone after a minute.
import { randomBytes } from "node:crypto";

export const FORM_RETRY_HEADER = "x-medvirk-form-retry";

export type FormRetryState = {
  status: "error";
  message: string;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  requestId: string;
};

const TTL_MS = 60_000;
const MAX_KEPT = 1000;
// On globalThis: the route handler and the page are separate bundles with their own module copies.
const store = ((globalThis as { medvirkFormRetry?: Map<string, { at: number; state: FormRetryState }> }).medvirkFormRetry ??= new Map());

export function keepFormState(state: FormRetryState, now = Date.now()): string {
  for (const [token, kept] of store) {
    if (now - kept.at < TTL_MS && store.size < MAX_KEPT) break; // oldest first: the rest is younger
    store.delete(token);
  }
  const token = randomBytes(18).toString("base64url");
  store.set(token, { at: now, state });
  return token;
}

/** The state for a token, once; null for an unknown, used or expired token. */
export function takeFormState(token: string | null | undefined, now = Date.now()): FormRetryState | null {
  if (!token) return null;
  const kept = store.get(token);
  store.delete(token);
  return kept && now - kept.at < TTL_MS ? kept.state : null;
}
