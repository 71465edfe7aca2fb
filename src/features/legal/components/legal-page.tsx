import { getTranslations } from "next-intl/server";
import { Heading, ListItem, ListOrdered, ListUnordered, Paragraph } from "@/components/ds";
import { TextLink } from "@/components/text-link";

// Designsystemet's entry is a "use client" module. A server component may render its
// named exports, but must not dot into them (`List.Unordered` throws "You cannot dot
// into a client module from a server component"), so the flat exports are used here.

export type LegalDoc = "privacy" | "accessibility";

export type LegalLink = { label: string; href: string };

export type LegalSection = {
  heading: string;
  paragraphs: string[];
  items?: string[];
  links?: LegalLink[];
};

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === "string");
}

function isLink(value: unknown): value is LegalLink {
  if (typeof value !== "object" || value === null) return false;
  const { label, href } = value as Record<string, unknown>;
  return typeof label === "string" && typeof href === "string" && /^(https:\/\/|mailto:|\/|#)/.test(href);
}

function isSection(value: unknown): value is LegalSection {
  if (typeof value !== "object" || value === null) return false;
  const { heading, paragraphs, items, links } = value as Record<string, unknown>;
  return (
    typeof heading === "string" &&
    isStringArray(paragraphs) &&
    (items === undefined || isStringArray(items)) &&
    (links === undefined || (Array.isArray(links) && links.every(isLink)))
  );
}

/** Checks the shape of `legal.<doc>.sections` so a broken message file fails loudly. */
function readSections(raw: unknown, doc: LegalDoc): LegalSection[] {
  if (!Array.isArray(raw) || !raw.every(isSection)) {
    throw new Error(`messages: legal.${doc}.sections has an invalid shape`);
  }
  return raw;
}

/** Stable, language-independent anchor for a section (1-based). */
function sectionId(doc: LegalDoc, index: number): string {
  return `${doc}-section-${index + 1}`;
}

export async function LegalPage({ doc }: { doc: LegalDoc }) {
  const t = await getTranslations("legal");
  const sections = readSections(t.raw(`${doc}.sections`), doc);
  const tocHeadingId = `${doc}-toc-heading`;

  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-4">
        <Heading level={1} data-size="lg">
          {t(`${doc}.title`)}
        </Heading>
        <Paragraph data-size="lg">{t(`${doc}.lead`)}</Paragraph>
        <Paragraph data-size="sm">
          {t("updatedLabel")}: {t(`${doc}.updated`)}
        </Paragraph>
      </header>

      <nav aria-labelledby={tocHeadingId} className="space-y-2">
        <Heading id={tocHeadingId} level={2} data-size="sm">
          {t("toc")}
        </Heading>
        <ListOrdered>
          {sections.map((section, index) => (
            <ListItem key={sectionId(doc, index)}>
              <TextLink href={`#${sectionId(doc, index)}`}>{section.heading}</TextLink>
            </ListItem>
          ))}
        </ListOrdered>
      </nav>

      {sections.map((section, index) => {
        const id = sectionId(doc, index);
        const headingId = `${id}-heading`;
        return (
          <section key={id} id={id} aria-labelledby={headingId} className="space-y-4">
            <Heading id={headingId} level={2} data-size="md">
              {section.heading}
            </Heading>
            {section.paragraphs.map((paragraph, paragraphIndex) => (
              <Paragraph key={paragraphIndex}>{paragraph}</Paragraph>
            ))}
            {section.items && section.items.length > 0 ? (
              <ListUnordered>
                {section.items.map((item, itemIndex) => (
                  <ListItem key={itemIndex}>{item}</ListItem>
                ))}
              </ListUnordered>
            ) : null}
            {section.links && section.links.length > 0 ? (
              <ListUnordered>
                {section.links.map((link) => (
                  <ListItem key={link.href}>
                    <TextLink href={link.href} native>
                      {link.label}
                    </TextLink>
                  </ListItem>
                ))}
              </ListUnordered>
            ) : null}
          </section>
        );
      })}
    </article>
  );
}
