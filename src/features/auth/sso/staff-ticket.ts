// The hand-over from our Entra ID callback to Auth.js: a sealed ticket naming the user, valid
// for one minute. It never leaves the server (the callback passes it straight to signIn), and
// it cannot be forged without AUTH_SECRET.
import { seal, unseal } from "./sealed";

const PURPOSE = "sso-staff-ticket";

export const staffTicket = (userId: string) => seal(PURPOSE, { userId }, 60);

export function readStaffTicket(ticket: string): string | null {
  return unseal<{ userId: string }>(PURPOSE, ticket)?.userId ?? null;
}
