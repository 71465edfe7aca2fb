// The one gate every server action goes through:
//   1. load the signed-in user from the database (not from the cookie alone)
//   2. check the permission in permissions.ts
//   3. parse the input with the action's zod schema (messages are i18n keys)
//   4. run the service inside a transaction
//   5. write the audit log in the same transaction (mutations)
//   6. map known errors (AppError, unique/foreign-key violations, database unreachable) to a
//      translated message; the form comes back with what the person typed
// `runAction` holds the logic and is what integration tests call for every role;
// `serverAction` adapts it to React's form actions (FormData in, state out).
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import { cleanText, isSecretField } from "./clean-text";
import { db, type Tx } from "./db";
import { AppError, isAppError, isDatabaseUnavailable, isForeignKeyViolation, isUniqueViolation } from "./errors";
import { DEFAULT_LOCALE, type UiLocale } from "./i18n/config";
import { translateKey } from "./i18n/translator";
import { issueValues } from "./issue-values";
import { log } from "./logger";
import "./zod-messages";
import { can, type Permission } from "./permissions";

export type Actor = { id: string; role: Role; name: string; email: string; partyId: string | null; mustChangePassword?: boolean };

export type AuditEntry = { entityType: string; entityId?: string | null; processId?: string | null; details?: Record<string, unknown> };

export type ActionDefinition<S extends z.ZodType, R> = {
  permission: Permission;
  schema: S;
  run: (ctx: { tx: Tx; actor: Actor; input: z.infer<S>; requestId: string }) => Promise<R>;
  /** What to write to the audit log; omit for reads. */
  audit?: (input: z.infer<S>, result: R) => AuditEntry;
};

/** A feature's gate definition, written `{…} satisfies Def<typeof schema, Result>` in its commands.ts. */
export type Def<S extends z.ZodType, R> = ActionDefinition<S, R>;

/** Gate definitions by name (a feature's, and src/features/commands.ts for the app): the gate test walks them for every role. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- heterogeneous: each entry keeps its own schema and result
export type CommandRegistry = Record<string, ActionDefinition<any, any>>;

export type FieldErrors = Record<string, string>;
export type ActionState<R = unknown> =
  | { status: "idle" }
  | { status: "success"; data: R; message?: string }
  | { status: "error"; message: string; fieldErrors: FieldErrors; values: Record<string, string>; requestId: string };

export const idle: ActionState<never> = { status: "idle" };

async function loadActor(userId: string | null | undefined): Promise<Actor | null> {
  if (!userId) return null;
  const user = await db.user.findFirst({
    where: { id: userId, deactivatedAt: null },
    select: { id: true, role: true, name: true, email: true, partyId: true, mustChangePassword: true },
  });
  return user;
}

type RunOptions = {
  userId: string | null | undefined;
  input: unknown;
  locale?: UiLocale;
  values?: Record<string, string>;
  /** The session's view (session.ts): false when the person signed in through Entra ID, not with the initial password. */
  mustChangePassword?: boolean;
};

export async function runAction<S extends z.ZodType, R>(def: ActionDefinition<S, R>, opts: RunOptions): Promise<ActionState<R>> {
  return (await runGate(def, opts)).state;
}

/** runAction, also handing back the parsed input after a success (server-action.ts's "on success" reads it). */
export async function runGate<S extends z.ZodType, R>(def: ActionDefinition<S, R>, opts: RunOptions): Promise<{ state: ActionState<R>; input?: z.infer<S> }> {
  const requestId = randomUUID();
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const values = opts.values ?? {};
  const fail = (key: string, fieldErrors: FieldErrors = {}, v?: Record<string, string | number>) => ({
    state: { status: "error" as const, message: translateKey(locale, key, v), fieldErrors, values, requestId },
  });

  let actor: Actor | null;
  try {
    actor = await loadActor(opts.userId);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    log.warn("action: database unavailable", { permission: def.permission, requestId, error });
    return fail("errors.unavailable");
  }
  if (!actor) return fail("errors.unauthenticated");
  // An initial password from the administration must be replaced before anything else.
  if (actor.mustChangePassword && opts.mustChangePassword !== false && def.permission !== "account.changePassword") return fail("errors.mustChangePassword");
  if (!can(actor.role, def.permission)) {
    log.warn("action refused", { permission: def.permission, userId: actor.id, role: actor.role, requestId });
    return fail("errors.forbidden");
  }

  const parsed = def.schema.safeParse(opts.input);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".") || "_form";
      fieldErrors[field] ??= translateKey(locale, issue.message, issueValues(issue, opts.input));
    }
    return fail("errors.invalid", fieldErrors, { count: Object.keys(fieldErrors).length });
  }

  try {
    const data = await db.$transaction(async (tx) => {
      const result = await def.run({ tx, actor, input: parsed.data, requestId });
      if (def.audit) {
        const entry = def.audit(parsed.data, result);
        await tx.auditLog.create({
          data: {
            actorId: actor.id,
            action: def.permission,
            entityType: entry.entityType,
            entityId: entry.entityId ?? null,
            processId: entry.processId ?? null,
            details: (entry.details ?? {}) as object,
            requestId,
          },
        });
      }
      return result;
    });
    return { state: { status: "success", data }, input: parsed.data };
  } catch (error) {
    if (isAppError(error)) {
      const fieldErrors = error.field ? { [error.field]: translateKey(locale, `errors.${error.messageKey}`, error.values) } : {};
      return fail(error.field ? "errors.invalid" : `errors.${error.messageKey}`, fieldErrors, error.field ? { count: 1 } : error.values);
    }
    if (isUniqueViolation(error)) return fail("errors.conflict");
    if (isForeignKeyViolation(error)) return fail("errors.inUse");
    if (isDatabaseUnavailable(error)) {
      log.warn("action: database unavailable", { permission: def.permission, userId: actor.id, requestId, error });
      return fail("errors.unavailable");
    }
    log.error("action failed", { permission: def.permission, userId: actor.id, requestId, error });
    return fail("errors.unexpected", {}, { requestId });
  }
}

/** FormData to a plain object: repeated keys become arrays, empty strings stay strings, text is cleaned (clean-text.ts). */
export function formDataToObject(formData: FormData): { input: Record<string, unknown>; values: Record<string, string> } {
  const input: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    // NUL, control and bidi-override characters go before any schema or database sees them.
    const text = typeof raw === "string" ? raw : raw.name;
    const value = isSecretField(key) ? text : cleanText(text);
    if (key in input) {
      const prev = input[key];
      input[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    } else {
      input[key] = value;
    }
    // Never echo secrets back into a re-rendered form.
    if (!/password/i.test(key)) values[key] = key in values ? `${values[key]}\n${value}` : value;
  }
  return { input, values };
}

export { AppError };
