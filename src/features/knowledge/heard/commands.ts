// Gate definitions of the knowledge base's heard slice (registered in src/features/commands.ts).
// Everything on "Dette har vi hørt" is written by staff with knowledge.publish.
import type { CommandRegistry } from "@/lib/action";
import { rowCommands } from "@/lib/command";
import { deleteHeardTheme } from "./delete-heard-theme";
import { moveHeardTheme } from "./move-heard-theme";
import { publishHeardPage, unpublishHeardPage } from "./publish-heard-page";
import { saveHeardPage } from "./save-heard-page";
import { saveHeardTheme } from "./save-heard-theme";
import { moveThemeSchema, publishSchema, savePageSchema, saveThemeSchema, setQuotesSchema, themeRefSchema } from "./schemas";
import { setHeardQuotes } from "./set-heard-quotes";

const page = rowCommands("knowledge.publish", "heard_page");
const theme = rowCommands("knowledge.publish", "heard_theme");

export const saveHeardPageCommand = page(savePageSchema, saveHeardPage);
export const saveHeardThemeCommand = theme(saveThemeSchema, saveHeardTheme, (r, i) => ({
  title: i.title,
  created: r.created,
  tagId: i.tagId,
  category: i.category,
}));
export const moveHeardThemeCommand = theme(moveThemeSchema, moveHeardTheme, (_r, i) => ({ direction: i.direction }));
export const deleteHeardThemeCommand = theme(themeRefSchema, deleteHeardTheme, () => ({ deleted: true }));
export const setHeardQuotesCommand = theme(setQuotesSchema, setHeardQuotes, (r) => ({ quotes: r.quotes }));
export const publishHeardPageCommand = page(
  publishSchema,
  (tx, input) => publishHeardPage(tx, input),
  () => ({ published: true }),
);
export const unpublishHeardPageCommand = page(
  publishSchema,
  (tx, input) => unpublishHeardPage(tx, input),
  () => ({ published: false }),
);

export const HEARD_COMMANDS: CommandRegistry = {
  saveHeardPage: saveHeardPageCommand,
  saveHeardTheme: saveHeardThemeCommand,
  moveHeardTheme: moveHeardThemeCommand,
  deleteHeardTheme: deleteHeardThemeCommand,
  setHeardQuotes: setHeardQuotesCommand,
  publishHeardPage: publishHeardPageCommand,
  unpublishHeardPage: unpublishHeardPageCommand,
};
