// The triage queue's filter: GET parameters with Norwegian names, so a filtered queue is a
// shareable URL and the one-input page keeps it for previous/next. Unparseable values drop out.
import { z } from "zod";
import { InputChannel } from "@/generated/prisma/enums";
import { encodeCursor, parseCursor } from "@/lib/keyset";

const blank = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

export const triageFilterSchema = z.object({
  prosess: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  /** "mangler" = no insight category yet, "satt" = has one. */
  kategori: z.preprocess(blank, z.enum(["mangler", "satt"]).optional()).catch(undefined),
  /** "mangler" = no topic yet. */
  emne: z.preprocess(blank, z.enum(["mangler"]).optional()).catch(undefined),
  kanal: z.preprocess(blank, z.enum(InputChannel).optional()).catch(undefined),
});
export type TriageFilter = z.infer<typeof triageFilterSchema>;
const KEYS = Object.keys(triageFilterSchema.shape) as (keyof TriageFilter)[];

export function parseTriageFilter(params: Record<string, string | string[] | undefined> | URLSearchParams): TriageFilter {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]);
  return triageFilterSchema.parse(Object.fromEntries(entries));
}

/** The filter as a query string ("" or "?a=b") plus any extra parameters. */
export function triageQuery(f: TriageFilter, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const key of KEYS) if (f[key]) q.set(key, f[key]!);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

export const TRIAGE_PATH = "/admin/kunnskapsbase";
export const triageInputPath = (id: string, f: TriageFilter, extra: Record<string, string> = {}) => `${TRIAGE_PATH}/sortering/${id}${triageQuery(f, extra)}`;

/** Keyset cursor over the queue's order (submitted_at, id), "<iso>_<uuid>" like src/lib/keyset.ts. */
export type QueueCursor = { submittedAt: Date; id: string };
export const encodeQueueCursor = (c: QueueCursor) => encodeCursor(c.submittedAt, c.id);
export function parseQueueCursor(value: unknown): QueueCursor | undefined {
  const c = parseCursor(value);
  return c && { submittedAt: c.at, id: c.id };
}
