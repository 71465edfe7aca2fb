// The public form's POST (issue #20, #18 §2): a plain route handler, not a server action, so a
// submission costs one body parse, one validation and one short transaction, and answers 303 to
// the receipt — with or without JavaScript (the enhanced form fetches the same handler and gets
// JSON). It reads the body itself with limits (lib/form-body.ts), so no body a client can send
// ends in Next's English 500: a chunked, broken, oversized, non-UTF-8 or NUL-bearing body gets a
// 4xx with the form shown again in its language, the error summary and the text we could recover.
import { getCitizen, meetsLevel } from "@/features/auth/sso/citizen-session";
import { getPublicFormForSubmit, type PublicForm } from "@/features/forms/queries";
import { completeLanguages } from "@/features/forms/types";
import type { Locale } from "@/generated/prisma/enums";
import { cleanText } from "@/lib/clean-text";
import { clientKey } from "@/lib/client-address";
import { isDatabaseUnavailable } from "@/lib/errors";
import { parseFormBody, readBody, type BodyProblem } from "@/lib/form-body";
import { isUiLocale, LANGUAGE_PARAM, type UiLocale } from "@/lib/i18n/config";
import { translateKey } from "@/lib/i18n/translator";
import { log } from "@/lib/logger";
import type { PublicContext } from "@/lib/route-guard";
import { FORM_RETRY_HEADER, keepFormState, type FormRetryState } from "./form-retry";
import { retryFallbackHtml } from "./retry-fallback-page";
import { closedReason, submitPublicInput, validateAnswers, type SubmitIssue } from "./submit-public-input";

/** A real submission is a few tens of kilobytes (5 000 characters, percent-encoded). */
export const SUBMIT_BODY_LIMIT = 1024 * 1024;
/** Above the limit we still read this much, to give the text back; beyond it the rest is dropped. */
export const SUBMIT_RECOVER_LIMIT = 8 * 1024 * 1024;

const PROBLEM_STATUS: Record<BodyProblem, number> = { tooLarge: 413, malformed: 400, encoding: 400, nul: 400, unsupported: 415 };
const REASON_STATUS = { closed: 409, notOpen: 409, processClosed: 409, rateLimited: 429, invalid: 422, unavailable: 503, notFound: 404 } as const;

type Outcome = { status: number; message: string; fieldErrors?: Record<string, string> };

/** The origin this server answers on, for rendering the form page again (set by `next start`). */
function selfOrigin(fallback: string) {
  if (process.env.__NEXT_PRIVATE_ORIGIN) return process.env.__NEXT_PRIVATE_ORIGIN;
  return process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : fallback;
}

function fieldErrorsOf(language: Locale, issues: SubmitIssue[]) {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.field] ??= translateKey(language, issue.message, issue.values);
  return out;
}

export async function handlePublicSubmit({ req, url, params, locale: uiLocale, requestId }: PublicContext<{ slug: string }>): Promise<Response> {
  const wantsJson = (req.headers.get("accept") ?? "").includes("application/json");
  const slug = params.slug;

  // The body first, whatever else is wrong: it holds the text to give back.
  const { buf, over } = await readBody(req.body, { limit: SUBMIT_BODY_LIMIT, recoverLimit: SUBMIT_RECOVER_LIMIT });
  const body = parseFormBody(buf, req.headers.get("content-type") ?? "", over);
  const input: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  const sent: [string, string[]][] = [];
  for (const [key, list] of body.fields) {
    const cleaned = list.map((v) => cleanText(v));
    input[key] = cleaned.length === 1 ? cleaned[0] : cleaned;
    values[key] = cleaned.join("\n");
    sent.push([key, cleaned]);
  }

  let form: PublicForm | null = null;
  let unavailable = false;
  try {
    form = await getPublicFormForSubmit(slug);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    unavailable = true;
  }
  const asked = isUiLocale(input[LANGUAGE_PARAM]) ? (input[LANGUAGE_PARAM] as UiLocale) : uiLocale;
  const language: Locale = form ? (completeLanguages(form).find((l) => l === asked) ?? "nb") : asked;

  const answer = async (outcome: Outcome): Promise<Response> => {
    const state: FormRetryState = {
      status: "error",
      message: outcome.message,
      fieldErrors: outcome.fieldErrors ?? {},
      values,
      requestId,
    };
    if (wantsJson) return Response.json(state, { status: outcome.status, headers: { "cache-control": "no-store" } });
    return renderFormAgain(req, url, slug, language, uiLocale, state, outcome.status, sent);
  };

  const origin = req.headers.get("origin");
  if (origin && origin !== "null" && origin !== url.origin) {
    const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
    let originHost = "";
    try {
      originHost = new URL(origin).host;
    } catch {
      /* unreadable origin: refused below */
    }
    if (originHost !== host) return answer({ status: 403, message: translateKey(language, "submission.otherSite") });
  }
  if (unavailable) return answer({ status: REASON_STATUS.unavailable, message: translateKey(language, "errors.unavailable") });
  if (!form) return answer({ status: REASON_STATUS.notFound, message: translateKey(language, "errors.notFound") });

  if (body.problem) {
    // Field messages too where they help (a 2 MB text is "Teksten er 2 000 000 tegn …").
    const checked = closedReason(form, new Date()) ? null : validateAnswers(form, input);
    const fieldErrors = checked && !checked.ok ? fieldErrorsOf(language, checked.issues) : {};
    log.warn("public form: refused body", { requestId, problem: body.problem, bytes: body.bytes });
    return answer({ status: PROBLEM_STATUS[body.problem], message: translateKey(language, `submission.${body.problem}`), fieldErrors });
  }

  // ID-porten (issue #21): a form may require it; a signed-in citizen's input is linked to them.
  const citizen = await getCitizen();
  if (!meetsLevel(citizen?.acr ?? "", form.citizenSignIn)) {
    return answer({ status: 403, message: translateKey(language, form.citizenSignIn === "HIGH" ? "sso.citizen.requiredHigh" : "sso.citizen.required") });
  }
  const result = await submitPublicInput(form, input, { clientKey: clientKey(req.headers), locale: language, citizenId: citizen?.citizenId }).catch(
    (error: unknown) => {
      // Down, or so busy that no connection came free in time: the form comes back with the text.
      if (!isDatabaseUnavailable(error)) throw error;
      log.warn("public form: database unavailable or busy", { requestId, error });
      return { ok: false as const, reason: "unavailable" as const };
    },
  );
  if (result.ok) {
    // The receipt speaks the form's language; ?sprak= carries it when it is not the visitor's own.
    const query = new URLSearchParams();
    if (!result.repeated) query.set("ny", "1");
    if (language !== uiLocale) query.set(LANGUAGE_PARAM, language);
    const location = `/kvittering/${result.receiptCode}${query.size ? `?${query}` : ""}`;
    if (wantsJson) return Response.json({ status: "ok", location }, { headers: { "cache-control": "no-store" } });
    return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
  }
  if (result.reason === "invalid") {
    const fieldErrors = fieldErrorsOf(language, result.issues);
    return answer({
      status: REASON_STATUS.invalid,
      message: translateKey(language, "errors.invalid", { count: Object.keys(fieldErrors).length }),
      fieldErrors,
    });
  }
  if (result.reason === "unavailable") return answer({ status: REASON_STATUS.unavailable, message: translateKey(language, "errors.unavailable") });
  return answer({ status: REASON_STATUS[result.reason], message: translateKey(language, `forms.${result.reason}`) });
}

/**
 * The form page again, with the state, under the handler's status: rendered by this server
 * (a loopback GET with a one-time token, form-retry.ts), so it has the whole layout. Should
 * that fail, a plain Norwegian page with the message says what happened.
 */
async function renderFormAgain(
  req: Request,
  url: URL,
  slug: string,
  language: Locale,
  uiLocale: UiLocale,
  state: FormRetryState,
  status: number,
  sent: [string, string[]][],
): Promise<Response> {
  const token = keepFormState(state);
  const query = language !== uiLocale ? `?${LANGUAGE_PARAM}=${language}` : "";
  const target = new URL(`/skjema/${encodeURIComponent(slug)}${query}`, selfOrigin(url.origin));
  const forward = new Headers({ [FORM_RETRY_HEADER]: token, "x-request-id": state.requestId, accept: "text/html" });
  for (const name of ["cookie", "accept-language", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host"]) {
    const value = req.headers.get(name);
    if (value) forward.set(name, value);
  }
  try {
    // The timeout covers waiting for the page to start, not streaming it (a 2 MB text takes a while).
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), 10_000);
    const page = await fetch(target, { headers: forward, redirect: "manual", signal: abort.signal }).finally(() => clearTimeout(timer));
    if (page.status < 500) {
      const headers = new Headers({
        "content-type": page.headers.get("content-type") ?? "text/html; charset=utf-8",
        "cache-control": "no-store",
        "x-request-id": state.requestId,
      });
      for (const name of ["content-security-policy", "strict-transport-security", "vary"]) {
        const value = page.headers.get(name);
        if (value) headers.set(name, value);
      }
      return new Response(page.body, { status, headers });
    }
    await page.body?.cancel();
  } catch (error) {
    log.warn("public form: could not render the form again", { requestId: state.requestId, error });
  }
  // Not the form page, but the message and everything the citizen sent, ready to send again.
  const html = retryFallbackHtml(state, sent, url.pathname, target.pathname + target.search, language);
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
