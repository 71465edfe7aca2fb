// Gate definitions of this feature, spread into src/features/commands.ts.
import type { ActionDefinition } from "@/lib/action";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- heterogenous registry
export const TRANSFER_COMMANDS: Record<string, ActionDefinition<any, any>> = {};
