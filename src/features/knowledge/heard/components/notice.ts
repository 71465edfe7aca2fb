// ?lagret=<value> after a redirect → the notice key under heard.editor.notice.
export const NOTICES = {
  side: "pageSaved",
  nytt: "themeAdded",
  tema: "themeSaved",
  sitater: "quotesSaved",
  flyttet: "moved",
  slettet: "deleted",
  publisert: "published",
  avpublisert: "unpublished",
} as const;
export type NoticeKey = (typeof NOTICES)[keyof typeof NOTICES];

export function noticeFrom(value: unknown): NoticeKey | undefined {
  return typeof value === "string" && value in NOTICES ? NOTICES[value as keyof typeof NOTICES] : undefined;
}
