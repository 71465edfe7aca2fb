// Content staff write (process texts, phases, activities, target groups) exists in bokmål only;
// on a nynorsk or English page it carries lang="nb" so it is read as Norwegian (WCAG 3.1.2).

/** The lang attribute for bokmål-only content on a page in `locale`: "nb" unless the page is bokmål. */
export function contentLang(locale: string): "nb" | undefined {
  return locale === "nb" ? undefined : "nb";
}
