// Gate definitions of the knowledge base's triage slice (registered in src/features/commands.ts).
import type { ActionDefinition } from "@/lib/action";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- heterogenous registry
export const TRIAGE_COMMANDS: Record<string, ActionDefinition<any, any>> = {};
