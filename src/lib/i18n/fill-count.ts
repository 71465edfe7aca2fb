// Fills a message's `{name}` and `{name, number}` placeholders with numbers, formatted for the
// locale as next-intl would (`5 000` with a non-breaking space in Norwegian). For the few client
// components on public pages that show a live number (the form's character counter): they get
// the message template as a prop instead of loading next-intl's client code and ICU parser
// (about 12 kB gzipped, issue #20). Only numbers, no plural or select: a message that needs
// those belongs to a server component or next-intl. tests/unit/client-texts.test.ts checks the
// result against next-intl's own formatting of the same messages.
export function fillCount(template: string, values: Record<string, number>, locale: string): string {
  const format = new Intl.NumberFormat(locale);
  return template.replace(/\{\s*(\w+)\s*(?:,\s*number\s*)?\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : format.format(value);
  });
}
