// The inbox filter: GET parameters with Norwegian names, so a filtered view is a shareable URL
// and the export links carry the same filter. Anything unparseable is dropped, not an error.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { InputCategory, InputChannel, InputLanguage, InputStatus } from "@/generated/prisma/enums";
import { fromOsloWallClock } from "@/lib/oslo-time";

const blank = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
const uuid = z.preprocess(blank, z.uuid().optional()).catch(undefined);
const day = z
  .preprocess(
    blank,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  )
  .catch(undefined);
const oneOf = <T extends Record<string, string>>(e: T) => z.preprocess(blank, z.enum(e).optional()).catch(undefined);

export const inboxFilterSchema = z.object({
  prosess: uuid,
  fase: uuid,
  aktivitet: uuid,
  kanal: oneOf(InputChannel),
  kategori: oneOf(InputCategory),
  status: oneOf(InputStatus),
  sprak: oneOf(InputLanguage),
  /** Inclusive Oslo calendar days. */
  fra: day,
  til: day,
  /** "skjult" = only hidden inputs, "alle" = hidden too; default: hidden ones are left out. */
  synlighet: z.enum(["synlige", "skjult", "alle"]).catch("synlige"),
});
export type InboxFilter = z.infer<typeof inboxFilterSchema>;
export const FILTER_KEYS = Object.keys(inboxFilterSchema.shape) as (keyof InboxFilter)[];

export function parseInboxFilter(params: Record<string, string | string[] | undefined> | URLSearchParams): InboxFilter {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]);
  return inboxFilterSchema.parse(Object.fromEntries(entries));
}

/** The filter as a query string ("" or "?a=b"), without defaults, plus any extra parameters. */
export function inboxQuery(f: InboxFilter, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = f[key];
    if (v && !(key === "synlighet" && v === "synlige")) q.set(key, v);
  }
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

const osloDayStart = (ymd: string) => {
  const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
  return fromOsloWallClock(y, m, d, 0, 0);
};
const nextDay = (ymd: string) => new Date(Date.parse(`${ymd}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Prisma `where` for the filter. `omit` leaves one dimension out (for per-value counts). */
export function inboxWhere(f: InboxFilter, omit?: keyof InboxFilter): Prisma.InputWhereInput {
  const pick = (k: keyof InboxFilter) => (k === omit ? undefined : f[k]);
  const submittedAt: Prisma.DateTimeFilter = {};
  if (pick("fra")) submittedAt.gte = osloDayStart(f.fra!);
  if (pick("til")) submittedAt.lt = osloDayStart(nextDay(f.til!));
  // Left out, visibility means "no condition" (not the default), so the facet counts hidden ones too.
  const visibility = omit === "synlighet" ? "alle" : f.synlighet;
  return {
    processId: pick("prosess") as string | undefined,
    phaseId: pick("fase") as string | undefined,
    activityId: pick("aktivitet") as string | undefined,
    channel: pick("kanal") as InputChannel | undefined,
    category: pick("kategori") as InputCategory | undefined,
    status: pick("status") as InputStatus | undefined,
    language: pick("sprak") as InputLanguage | undefined,
    ...(submittedAt.gte || submittedAt.lt ? { submittedAt } : {}),
    ...(visibility === "skjult" ? { isHidden: true } : visibility === "alle" ? {} : { isHidden: false }),
  };
}
