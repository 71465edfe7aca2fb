// The demo accounts shown on the sign-in page in demo mode (MEDVIRK_DEMO=1) only.
import { DEMO_PASSWORD, DEMO_USERS } from "./data/users";

export { DEMO_PASSWORD };
export const DEMO_ACCOUNTS = DEMO_USERS.filter((u) => u.email.split("@")[0]!.match(/^(admin|politiker|gruppeleder)$/)).map((u) => ({
  email: u.email,
  role: u.role,
}));
