// Gate definitions of the knowledge base's heard slice (registered in src/features/commands.ts).
// Everything on "Dette har vi hørt" is written by staff with knowledge.publish.
import type { CommandRegistry, Def } from "@/lib/action";
import { deleteHeardTheme } from "./delete-heard-theme";
import { moveHeardTheme } from "./move-heard-theme";
import { publishHeardPage, unpublishHeardPage } from "./publish-heard-page";
import { saveHeardPage } from "./save-heard-page";
import { saveHeardTheme } from "./save-heard-theme";
import { moveThemeSchema, publishSchema, savePageSchema, saveThemeSchema, setQuotesSchema, themeRefSchema } from "./schemas";
import { setHeardQuotes } from "./set-heard-quotes";

type Saved = { id: string; processId: string };
const audit = (entityType: string, r: Saved, details: Record<string, unknown> = {}) => ({ entityType, entityId: r.id, processId: r.processId, details });

export const saveHeardPageCommand = {
  permission: "knowledge.publish",
  schema: savePageSchema,
  run: ({ tx, input }) => saveHeardPage(tx, input),
  audit: (_i, r) => audit("heard_page", r),
} satisfies Def<typeof savePageSchema, Saved>;

export const saveHeardThemeCommand = {
  permission: "knowledge.publish",
  schema: saveThemeSchema,
  run: ({ tx, input }) => saveHeardTheme(tx, input),
  audit: (i, r) => audit("heard_theme", r, { title: i.title, created: r.created, tagId: i.tagId, category: i.category }),
} satisfies Def<typeof saveThemeSchema, Saved & { created: boolean }>;

export const moveHeardThemeCommand = {
  permission: "knowledge.publish",
  schema: moveThemeSchema,
  run: ({ tx, input }) => moveHeardTheme(tx, input),
  audit: (i, r) => audit("heard_theme", r, { direction: i.direction }),
} satisfies Def<typeof moveThemeSchema, Saved>;

export const deleteHeardThemeCommand = {
  permission: "knowledge.publish",
  schema: themeRefSchema,
  run: ({ tx, input }) => deleteHeardTheme(tx, input),
  audit: (_i, r) => audit("heard_theme", r, { deleted: true }),
} satisfies Def<typeof themeRefSchema, Saved>;

export const setHeardQuotesCommand = {
  permission: "knowledge.publish",
  schema: setQuotesSchema,
  run: ({ tx, input }) => setHeardQuotes(tx, input),
  audit: (_i, r) => audit("heard_theme", r, { quotes: r.quotes }),
} satisfies Def<typeof setQuotesSchema, Saved & { quotes: number }>;

export const publishHeardPageCommand = {
  permission: "knowledge.publish",
  schema: publishSchema,
  run: ({ tx, input }) => publishHeardPage(tx, input),
  audit: (_i, r) => audit("heard_page", r, { published: true }),
} satisfies Def<typeof publishSchema, Saved & { publishedAt: Date }>;

export const unpublishHeardPageCommand = {
  permission: "knowledge.publish",
  schema: publishSchema,
  run: ({ tx, input }) => unpublishHeardPage(tx, input),
  audit: (_i, r) => audit("heard_page", r, { published: false }),
} satisfies Def<typeof publishSchema, Saved & { publishedAt: null }>;

export const HEARD_COMMANDS: CommandRegistry = {
  saveHeardPage: saveHeardPageCommand,
  saveHeardTheme: saveHeardThemeCommand,
  moveHeardTheme: moveHeardThemeCommand,
  deleteHeardTheme: deleteHeardThemeCommand,
  setHeardQuotes: setHeardQuotesCommand,
  publishHeardPage: publishHeardPageCommand,
  unpublishHeardPage: unpublishHeardPageCommand,
};
