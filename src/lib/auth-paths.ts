// Where access checks send people: sign-in (and back afterwards) and the forced password change.
// Shared by page checks (session.ts) and the route-handler guard (route-access.ts).

/** The page where a person with an initial (or reset) password chooses their own. */
export const CHANGE_PASSWORD_PATH = "/konto?maa-endre=1";

/** The sign-in page, returning to `returnTo` (a path on this site) afterwards. */
export const signInPath = (returnTo: string) => `/logg-inn?tilbake=${encodeURIComponent(returnTo)}`;
