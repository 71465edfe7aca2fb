// Opaque keyset cursor for search results: ranked searches page on (rank desc, id asc), plain
// filtered lists on (submittedAt desc, id desc). Base64url so the URL does not invite editing.
import { isUuid } from "@/lib/ids";

/** `wide`: the first page widened the words with near spellings; later pages must too. */
export type SearchCursor = ({ rank: number; id: string } | { submittedAt: Date; id: string }) & { wide?: boolean };

export function encodeSearchCursor(c: SearchCursor): string {
  const key = "rank" in c ? `r${c.rank}` : `t${c.submittedAt.toISOString()}`;
  return Buffer.from(`${key}|${c.id}${c.wide ? "|w" : ""}`).toString("base64url");
}

export function decodeSearchCursor(value: string | undefined): SearchCursor | undefined {
  if (!value) return undefined;
  const [key, id, flag] = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (!key || !isUuid(id)) return undefined;
  const wide = flag === "w";
  if (key.startsWith("r")) {
    const rank = Number(key.slice(1));
    return Number.isFinite(rank) ? { rank, id, wide } : undefined;
  }
  if (key.startsWith("t") && !Number.isNaN(Date.parse(key.slice(1)))) return { submittedAt: new Date(key.slice(1)), id, wide };
  return undefined;
}
