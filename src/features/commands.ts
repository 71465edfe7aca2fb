// Every gate definition in the app, by name. tests/integration/gate.test.ts walks this list
// for every role (anonymous included), so a new action is covered the day it is added.
import type { ActionDefinition } from "@/lib/action";
import { changePasswordCommand } from "./users/commands";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- heterogenous registry
export const COMMANDS: Record<string, ActionDefinition<any, any>> = {
  changePassword: changePasswordCommand,
};
