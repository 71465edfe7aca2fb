// zod schemas of "Dette har vi hørt", shared by the editor's forms, the gate and the services.
// Messages are i18n keys (validation.* or heard.validation.*).
import { z } from "zod";
import { InputCategory } from "@/generated/prisma/enums";
import { stringList, uuidField as uuid } from "@/lib/form-values";

const text = (max: number) => z.string().trim().max(max, "validation.tooLong");
/** A select whose empty choice means "none". */
const optionalUuid = z.preprocess((v) => (v === "" || v == null ? null : v), z.uuid("validation.choose").nullable());

export const MAX_TITLE = 160;
export const MAX_TEXT = 4000;

const processRef = z.object({ processId: uuid });
export type ProcessRef = z.infer<typeof processRef>;

/** The page's own texts: the intro and "Slik bruker vi innspillene" (bokmål, optional nynorsk). */
export const savePageSchema = processRef.extend({
  intro: text(MAX_TEXT),
  introNn: text(MAX_TEXT).default(""),
  usage: text(MAX_TEXT),
  usageNn: text(MAX_TEXT).default(""),
});
export type SavePageInput = z.infer<typeof savePageSchema>;

/** A theme: new when themeId is empty. Its topic and/or insight category give the live count. */
export const saveThemeSchema = processRef.extend({
  themeId: z.preprocess((v) => (v === "" ? undefined : v), uuid.optional()),
  title: text(MAX_TITLE).min(1, "validation.required"),
  titleNn: text(MAX_TITLE).default(""),
  summary: text(MAX_TEXT),
  summaryNn: text(MAX_TEXT).default(""),
  usage: text(MAX_TEXT),
  usageNn: text(MAX_TEXT).default(""),
  tagId: optionalUuid,
  category: z.preprocess((v) => (v === "" || v == null ? null : v), z.enum(InputCategory, "validation.choose").nullable()),
});
export type SaveThemeInput = z.infer<typeof saveThemeSchema>;

export const themeRefSchema = processRef.extend({ themeId: uuid });
export type ThemeRef = z.infer<typeof themeRefSchema>;

export const moveThemeSchema = themeRefSchema.extend({ direction: z.enum(["up", "down"]) });
export type MoveThemeInput = z.infer<typeof moveThemeSchema>;

/**
 * The quote picker: `shownIds` are the candidates the form listed (the picker pages), `quoteIds`
 * the ones ticked. Quotes chosen on other pages are kept; the shown ones become what was ticked.
 */
export const setQuotesSchema = themeRefSchema.extend({
  shownIds: stringList.pipe(z.array(uuid).max(200, "validation.tooLong")),
  quoteIds: stringList.pipe(z.array(uuid).max(200, "validation.tooLong")),
});
export type SetQuotesInput = z.infer<typeof setQuotesSchema>;

export const publishSchema = processRef;
