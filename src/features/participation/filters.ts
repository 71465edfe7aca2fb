// The "choose activities" filter: GET parameters (Norwegian names, shareable URLs). Anything
// unparseable is dropped rather than failing the page.
import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

export const chooseFilterSchema = z.object({
  metode: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  malgruppe: z.preprocess(blankToUndefined, z.string().max(200).optional()).catch(undefined),
  bydel: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  fra: z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    )
    .catch(undefined),
  ledige: z.preprocess((v) => v === "1" || v === "on", z.boolean()).catch(false),
  visning: z.enum(["liste", "metode"]).catch("liste"),
  etter: z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[0-9T:.Z-]+_[0-9a-f-]{36}$/i)
        .optional(),
    )
    .catch(undefined),
});
export type ChooseFilter = z.infer<typeof chooseFilterSchema>;

export function parseChooseFilter(params: Record<string, string | string[] | undefined>): ChooseFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return chooseFilterSchema.parse(flat);
}

/** The filter as a query string (without the page cursor), for links that keep it. */
export function filterQuery(f: ChooseFilter, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (f.metode) q.set("metode", f.metode);
  if (f.malgruppe) q.set("malgruppe", f.malgruppe);
  if (f.bydel) q.set("bydel", f.bydel);
  if (f.fra) q.set("fra", f.fra);
  if (f.ledige) q.set("ledige", "1");
  if (f.visning === "metode") q.set("visning", "metode");
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}
