// The HTTP side of calendar files, shared by the download and the feed route handlers.
import "server-only";
import { renderCalendar, type IcsEvent } from "@/lib/ics";

export function icsResponse(body: { name: string; events: IcsEvent[]; refreshMinutes?: number }, opts: { fileName?: string } = {}) {
  const headers: Record<string, string> = {
    "content-type": "text/calendar; charset=utf-8",
    // Personal data behind a secret: never in a shared cache, and a revoked URL stops at once.
    "cache-control": "private, no-store",
    "x-robots-tag": "noindex, nofollow",
  };
  if (opts.fileName) headers["content-disposition"] = `attachment; filename="${opts.fileName}"`;
  return new Response(renderCalendar(body), { headers });
}

export const notFoundResponse = () =>
  new Response("Not found", { status: 404, headers: { "cache-control": "no-store", "content-type": "text/plain; charset=utf-8" } });
