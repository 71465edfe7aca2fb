// The case for the council as a download (issue #17 §3): ?format=docx (default) is the
// saksframlegg in Word, ?format=xlsx its tables in Excel. Generated from live data at the
// request; the link is stable. Group leaders and administrators (`dashboard.read`, checked by
// the route guard — tests/integration/route-guard.test.ts walks every route × role).
import { caseDocx } from "@/features/group-leader/case/case-docx";
import { caseXlsx } from "@/features/group-leader/case/case-xlsx";
import { councilCase } from "@/features/group-leader/case/council-case";
import { dashboardProcess } from "@/features/group-leader/progress-queries";
import { translateKey } from "@/lib/i18n/translator";
import { plainText } from "@/lib/route-access";
import { guardedRoute } from "@/lib/route-guard";

export const dynamic = "force-dynamic";

const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export const GET = guardedRoute<{ slug: string }>("dashboard.read", async ({ url, locale, params: { slug } }) => {
  const process = await dashboardProcess(slug);
  if (!process) return plainText(404, translateKey(locale, "errors.notFound"));
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "docx";
  const now = new Date();
  const c = await councilCase(process, { locale, now, baseUrl: url.origin });
  const body = format === "xlsx" ? await caseXlsx(c, translateKey(locale, "groupLeader.case.about")) : await caseDocx(c, locale);
  const day = now.toISOString().slice(0, 10);
  return new Response(new Uint8Array(body), {
    headers: {
      "cache-control": "no-store",
      "content-type": TYPES[format],
      "content-disposition": `attachment; filename="saksframlegg-${process.slug}-${day}.${format}"`,
    },
  });
});
