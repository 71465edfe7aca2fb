// Signs each account in SESSIONS in once, through the sign-in form, and saves the session
// (cookies) for the specs to reuse: one argon2 sign-in per account per run instead of one per
// test. Signing in itself is tested in sign-in.spec.ts and account.spec.ts.
import { expect, test as setup } from "@playwright/test";
import { sessionFile, SESSIONS, signIn, type SessionAccount } from "./fixtures";

for (const [email, home] of Object.entries(SESSIONS) as [SessionAccount, string][]) {
  setup(`sign in once as ${email}`, async ({ page }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(new RegExp(`${home}$`), { timeout: 30_000 });
    await page.context().storageState({ path: sessionFile(email) });
  });
}
