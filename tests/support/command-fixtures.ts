// For every command in src/features/commands.ts: how to build a valid input. The gate test
// runs each command once per role with a fresh fixture, so allowed roles are shown to
// succeed (not only to pass the permission check) and refused roles to change nothing.
// Add an entry here when you register a command; the gate test fails until you do.
import { TEST_PASSWORD } from "./factories";

export type FixtureContext = {
  /** An admin user id (for creating prerequisites). */
  adminId: string;
  /** The user id the command will run as. */
  actorId: string;
};

export const COMMAND_FIXTURES: Record<string, (ctx: FixtureContext) => Promise<Record<string, unknown>>> = {
  changePassword: async () => ({
    currentPassword: TEST_PASSWORD,
    newPassword: "et-helt-nytt-passord-2026",
    confirmPassword: "et-helt-nytt-passord-2026",
  }),
};
