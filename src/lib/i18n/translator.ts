// A translator usable outside a request (the action gate, services, tests).
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, type UiLocale } from "./config";
import { MESSAGES } from "./messages";

type Values = Record<string, string | number>;
type LooseTranslator = ((key: string, values?: Values) => string) & { has: (key: string) => boolean };

export function translator(locale: UiLocale = DEFAULT_LOCALE): LooseTranslator {
  // Keys come from our own zod schemas and AppErrors; an unknown key is a bug, shown as-is.
  return createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as LooseTranslator;
}

/** Translates "validation.required"-style keys; text that is not a key is returned unchanged. */
export function translateKey(locale: UiLocale, key: string, values?: Values): string {
  const t = translator(locale);
  return t.has(key) ? t(key, values) : key;
}
