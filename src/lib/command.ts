// The short forms of a gate definition (action.ts), one way for every commands.ts. Written as
// object literals, the ~90 commands repeated the same six lines (permission, schema, run,
// audit of one row with its id and process), and `duplicates` counted them as 60 pairs (#19).
// `command` is the general form; `rowCommands` the shape most commands share: the service
// returns the row it changed ({ id, processId? }) and the audit adds what changed. Both take the
// service itself where it is called (tx, input), so most commands are one line. Both return
// a plain ActionDefinition, so the gate (permission, schema, service and audit in one
// transaction) is untouched; tests/integration/command-audit.test.ts pins every entry written.
import type { z } from "zod";
import type { ActionDefinition, Actor, AuditEntry } from "./action";
import type { Tx } from "./db";
import type { Permission } from "./permissions";

/** What a command does: a service called with the gate's transaction, the parsed input and the signed-in actor. */
export type Service<S extends z.ZodType, R> = (tx: Tx, input: z.infer<S>, actor: Actor) => Promise<R>;
type Details = Record<string, unknown>;

/** Any command, in the gate's order: who may, what it takes, what it does, what the audit log says (omit for reads). */
export function command<S extends z.ZodType, R>(
  permission: Permission,
  schema: S,
  service: Service<S, R>,
  audit?: (input: z.infer<S>, result: R) => AuditEntry,
): ActionDefinition<S, R> {
  const run: ActionDefinition<S, R>["run"] = ({ tx, input, actor }) => service(tx, input, actor);
  return audit ? { permission, schema, run, audit } : { permission, schema, run };
}

/** The row a command changed, as its service returns it: the id and, where the row belongs to a process, that process. */
export type ChangedRow = { id: string; processId?: string | null };

/** A command on a process's part names the process in its input; the audit files the entry under it. */
function processOfInput(input: unknown): string | null {
  const processId = (input as { processId?: unknown } | null)?.processId;
  return typeof processId === "string" ? processId : null;
}

/**
 * Commands that change one row of one kind under one permission. The audit entry is that row:
 * its id, its process (the result's processId, else the input's), and `details` of what changed.
 */
export function rowCommands(permission: Permission, entityType: string) {
  return <S extends z.ZodType, R extends ChangedRow>(schema: S, service: Service<S, R>, details: (result: R, input: z.infer<S>) => Details = () => ({})) =>
    command(permission, schema, service, (input, r) => ({
      entityType,
      entityId: r.id,
      processId: r.processId ?? processOfInput(input),
      details: details(r, input),
    }));
}
