// Reads of "Dette har vi hørt": the editor (admin) and the public page. Counts in SQL
// (counts.ts), quotes through publicText() (quotes.ts), one query per kind, never per row.
import { cache } from "react";
import { encodeInboxCursor, olderThan, type InboxCursor } from "@/features/inputs/inbox/cursor";
import type { Prisma } from "@/generated/prisma/client";
import type { InputCategory } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { publicCached } from "@/lib/public-cache";
import { publicText } from "../moderation/public-text";
import { themeCounts } from "./counts";
import { maybeQuotable, publicQuotes, quotableSelect } from "./quotes";

const PUBLIC_STATUSES = ["PUBLISHED", "CLOSED"] as const;
export const CANDIDATES_PAGE_SIZE = 20;

const themeSelect = {
  id: true,
  position: true,
  title: true,
  titleNn: true,
  summary: true,
  summaryNn: true,
  usage: true,
  usageNn: true,
  tagId: true,
  category: true,
  tag: { select: { name: true } },
  _count: { select: { quotes: true } },
} satisfies Prisma.HeardThemeSelect;

const pageSelect = {
  id: true,
  intro: true,
  introNn: true,
  usage: true,
  usageNn: true,
  publishedAt: true,
  themes: { orderBy: [{ position: "asc" }, { id: "asc" }], select: themeSelect },
} satisfies Prisma.HeardPageSelect;

export type HeardTheme = Prisma.HeardThemeGetPayload<{ select: typeof themeSelect }>;

/** The editor's page (null until something is saved) with every theme and its live count. */
export async function getHeardEditor(processId: string) {
  const page = await db.heardPage.findUnique({ where: { processId }, select: pageSelect });
  const counts = page ? await themeCounts(page.id) : new Map<string, number>();
  return { page, counts };
}

/** Topics a theme can follow (merged ones left out), by name. */
export function topicOptions() {
  return db.tag.findMany({ where: { mergedIntoId: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** One theme of the process's page, for its edit page. */
export async function getHeardTheme(processId: string, themeId: string) {
  if (!isUuid(themeId)) return null;
  return db.heardTheme.findFirst({ where: { id: themeId, page: { processId } }, select: { ...themeSelect, pageId: true } });
}

/** The theme's chosen quotes as staff see them: the public text, or null when it no longer shows. */
export async function chosenQuotes(themeId: string) {
  const rows = await db.heardQuote.findMany({
    where: { themeId },
    orderBy: [{ position: "asc" }, { inputId: "asc" }],
    select: { inputId: true, input: { select: { ...quotableSelect, receiptCode: true } } },
  });
  return rows.map((r) => ({ inputId: r.inputId, receiptCode: r.input.receiptCode, publicText: publicText(r.input) }));
}

/**
 * Quotable inputs of the process that match the theme (topic and/or category), newest first,
 * keyset-paged. Each carries its public version only: never the original of a flagged input.
 */
export async function quoteCandidates(processId: string, theme: { tagId: string | null; category: InputCategory | null }, cursor?: InboxCursor) {
  const where: Prisma.InputWhereInput = {
    AND: [
      { processId },
      maybeQuotable,
      theme.category ? { category: theme.category } : {},
      theme.tagId ? { tags: { some: { tagId: theme.tagId } } } : {},
      cursor ? olderThan(cursor) : {},
    ],
  };
  const rows = await db.input.findMany({
    where,
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: CANDIDATES_PAGE_SIZE + 1,
    select: { ...quotableSelect, submittedAt: true, category: true },
  });
  const page = rows.slice(0, CANDIDATES_PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page.flatMap((r) => {
      const text = publicText(r);
      return text === null ? [] : [{ id: r.id, text, redacted: text !== r.text, submittedAt: r.submittedAt, category: r.category }];
    }),
    next: rows.length > CANDIDATES_PAGE_SIZE && last ? encodeInboxCursor(last) : undefined,
  };
}

/** Is the process's heard page public? (Links from the process page and the receipt; from the public cache.) */
export async function heardIsPublic(processSlug: string): Promise<boolean> {
  const page = await publicCached(`heard-public:${processSlug}`, () =>
    db.heardPage.findFirst({
      where: { publishedAt: { not: null }, process: { slug: processSlug, status: { in: [...PUBLIC_STATUSES] } } },
      select: { id: true },
    }),
  );
  return page !== null;
}

export type PublicHeardTheme = Omit<HeardTheme, "_count" | "tag"> & { count: number | null; quotes: { inputId: string; text: string; language: string }[] };

// What the public sees of a page: themes with a summary (the others are drafts).
const publicPageSelect = { ...pageSelect, themes: { ...pageSelect.themes, where: { summary: { not: "" } } } } satisfies Prisma.HeardPageSelect;
type PublicPageRow = Prisma.HeardPageGetPayload<{ select: typeof publicPageSelect }>;

/** The page's texts and its themes with counts and quotes computed now (two queries). */
async function live({ themes: rows, ...page }: PublicPageRow) {
  const counts = await themeCounts(page.id);
  const quotes = await publicQuotes(rows.map((t) => t.id));
  const themes: PublicHeardTheme[] = rows.map(({ _count: _c, tag: _t, ...t }) => ({
    ...t,
    count: t.tagId || t.category ? (counts.get(t.id) ?? 0) : null,
    quotes: quotes.get(t.id) ?? [],
  }));
  return { page, themes };
}

/**
 * The public page: null unless the process is public and the page published. Its texts and
 * themes come from the public cache; the counts and quotes depend on inputs and are read live,
 * once per request (React's cache: generateMetadata and the page share the read).
 */
export const getPublicHeard = cache(async (processSlug: string) => {
  const process = await publicCached(`heard:${processSlug}`, () =>
    db.process.findFirst({
      where: { slug: processSlug, status: { in: [...PUBLIC_STATUSES] }, heardPage: { publishedAt: { not: null } } },
      select: { id: true, slug: true, title: true, heardPage: { select: publicPageSelect } },
    }),
  );
  if (!process?.heardPage) return null;
  const { heardPage, ...rest } = process;
  return { process: rest, ...(await live(heardPage)) };
});
export type PublicHeard = NonNullable<Awaited<ReturnType<typeof getPublicHeard>>>;

/** The same view for the staff's preview: any process, published or not. */
export async function getHeardPreview(processId: string) {
  const process = await db.process.findUnique({
    where: { id: processId },
    select: { id: true, slug: true, title: true, heardPage: { select: publicPageSelect } },
  });
  if (!process?.heardPage) return null;
  const { heardPage, ...rest } = process;
  return { process: rest, ...(await live(heardPage)) };
}
