// The one shape of a server action: its command (the gate in action.ts) plus a declared "on
// success" — what to revalidate, where to go, what to say. Every value the action reads comes
// through a zod schema: the command's own, or `context` for what a form posts only to find its
// way back (a list filter, a return path). Action files never call `formData.get` (eslint and
// tests/unit/server-action-shape.test.ts check it); uploads are read by `files`.
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formDataToObject, runGate, type ActionDefinition, type ActionState } from "./action";
import { LOCALE_COOKIE, toUiLocale, type UiLocale } from "./i18n/config";
import { translateKey } from "./i18n/translator";
import { safeReturnPath } from "./return-path";
import { getSessionUser } from "./session";

/** A path to revalidate: the page itself, or `[path, "layout"]` for everything under it. */
export type Revalidation = string | readonly [string, "layout" | "page"];
/** A message key (i18n) with its values, shown in the form after success. */
export type SuccessMessage = readonly [string, Record<string, string | number>?];

/** What a form action answers: React's `(prevState, formData)`. */
export type FormAction<D> = (prev: ActionState<D>, formData: FormData) => Promise<ActionState<D>>;
/** The state a handler made by serverAction takes and returns (for the exported wrapper's signature). */
export type StateOf<H> = H extends FormAction<infer D> ? ActionState<D> : never;

/**
 * The one check of a posted return path (`returnTo`), as a `context` field: a same-site path
 * (return-path.ts) that starts with `under`, or null when missing or refused.
 */
export const returnPath = (under = "/") =>
  z.unknown().transform((value) => {
    const path = safeReturnPath(value, "");
    return path.startsWith(under) ? path : null;
  });

export type OnSuccess<I, R, D> = {
  /** Uploaded files, read into input values before the command's schema sees them. */
  files?: Record<string, (file: File | null) => Promise<Record<string, unknown>>>;
  /** A result that is a refusal after all (a checked file with problems): the field and its messages. */
  refuse?: (data: R, input: I) => { field: string; messages: SuccessMessage[] } | null;
  /** A check that passed hands the same form on to the action that does the work. */
  next?: FormAction<D>;
  revalidate?: readonly Revalidation[] | ((data: R, input: I) => readonly Revalidation[]);
  /** Work that is neither a page nor a path (sign out, queue a retraining after the response). */
  then?: (data: R, input: I) => Promise<void> | void;
  /** What the form's state carries back instead of the command's result. */
  reply?: (data: R, input: I) => D | Promise<D>;
  message?: (data: R, input: I) => SuccessMessage;
  /** Where to go next; the action never returns when this is set. */
  redirect?: (data: R, input: I) => string | Promise<string>;
};

/** Session, language and form values for the gate: the one place a form's FormData is read. */
async function formRequest(formData: FormData, files?: OnSuccess<unknown, unknown, unknown>["files"]) {
  const uploads = new Map<string, File | null>();
  for (const name of Object.keys(files ?? {})) {
    const upload = formData.get(name);
    uploads.set(name, upload instanceof File ? upload : null);
  }
  const { input, values } = formDataToObject(formData);
  // A file is never echoed back into the form.
  for (const [name, read] of Object.entries(files ?? {})) {
    delete values[name];
    delete input[name];
    Object.assign(input, await read(uploads.get(name) ?? null));
  }
  const [user, store] = await Promise.all([getSessionUser(), cookies()]);
  return { user, input, values, locale: toUiLocale(store.get(LOCALE_COOKIE)?.value) };
}

/**
 * Runs the gate for a form; `onSuccess` says what happens after a success. `context` is a
 * schema for fields the form posts for navigation only (a list filter, a return path); give
 * it `.catch()` defaults, so it never refuses what the command accepted.
 */
export function serverAction<S extends z.ZodType, R, C extends z.ZodType<object> = z.ZodType<object>, D = R>(
  def: ActionDefinition<S, R>,
  onSuccess?: OnSuccess<z.infer<S> & z.infer<C>, R, D> & { context?: C },
): FormAction<D> {
  return async (prev, formData) => {
    const { user, input, values, locale } = await formRequest(formData, onSuccess?.files);
    const gate = await runGate(def, { userId: user?.id, mustChangePassword: user?.mustChangePassword, input, values, locale });
    if (gate.state.status !== "success" || !onSuccess) return gate.state as ActionState<D>;
    const context = (onSuccess.context?.parse(input) ?? {}) as z.infer<C>;
    const parsed = { ...(gate.input as object), ...context } as z.infer<S> & z.infer<C>;
    const refused = onSuccess.refuse?.(gate.state.data, parsed);
    if (!refused) return onSuccess.next ? onSuccess.next(prev, formData) : succeed(onSuccess, gate.state.data, parsed, locale);
    const fieldErrors = { [refused.field]: refused.messages.map(([key, v]) => translateKey(locale, key, v)).join(" ") };
    return { status: "error", message: translateKey(locale, "errors.invalid", { count: 1 }), fieldErrors, values, requestId: crypto.randomUUID() };
  };
}

async function succeed<I, R, D>(on: OnSuccess<I, R, D>, data: R, input: I, locale: UiLocale): Promise<ActionState<D>> {
  const paths = typeof on.revalidate === "function" ? on.revalidate(data, input) : (on.revalidate ?? []);
  for (const path of paths) {
    if (typeof path === "string") revalidatePath(path);
    else revalidatePath(path[0], path[1]);
  }
  await on.then?.(data, input);
  if (on.redirect) redirect(await on.redirect(data, input));
  const reply = on.reply ? await on.reply(data, input) : (data as unknown as D);
  const message = on.message?.(data, input);
  return { status: "success", data: reply, ...(message ? { message: translateKey(locale, message[0], message[1]) } : {}) };
}

/**
 * One form, several commands: the pressed button (`field`) picks the action. The choice is
 * parsed by `schema` like any other value; a refused one comes back with the schema's message.
 */
export function chooseAction<K extends string, D>(field: string, schema: z.ZodType<K>, choices: Record<K, FormAction<D>>): FormAction<D> {
  return async (prev, formData) => {
    const { input, values } = formDataToObject(formData);
    const choice = schema.safeParse(input[field]);
    if (choice.success) return choices[choice.data](prev, formData);
    const locale = toUiLocale((await cookies()).get(LOCALE_COOKIE)?.value);
    const message = translateKey(locale, choice.error.issues[0]?.message ?? "errors.invalid");
    return { status: "error", message, fieldErrors: {}, values, requestId: crypto.randomUUID() };
  };
}
