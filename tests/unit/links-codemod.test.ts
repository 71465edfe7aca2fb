// scripts/links-codemod.ts is run again by the lead after the branches merge, on files it has never
// seen (issue #19 point 4, one link component). This builds a small tree with every old form of a
// text link — NextLink with ds-link (also under another local name, with more classes, with a
// conditional class), a plain <a> (page, anchor, download), Designsystemet's Link with and
// without asChild — runs the codemod there, and checks the result, the imports, what it leaves
// alone (a <summary> styled as a link, a button), and that a second run changes nothing.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = path.resolve(import.meta.dirname, "../..");
let dir = "";
let firstRun = "";

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const read = (file: string) => readFileSync(path.join(dir, file), "utf8");
const run = () => execFileSync(path.join(REPO, "node_modules/.bin/tsx"), ["scripts/links-codemod.ts"], { cwd: dir, encoding: "utf8" });

const PAGE = `import NextLink from "next/link";
import { Heading } from "@/components/ds";

export function Page({ id, on }: { id: string; on: boolean }) {
  return (
    <div>
      <Heading level={1}>Tittel</Heading>
      <NextLink className="ds-link" href={\`/admin/\${id}\`}>
        Rediger
      </NextLink>
      <NextLink className="ds-link self-center" href="/x" prefetch={false} data-testid="x-lenke" />
      <NextLink className={on ? \`ds-link \${"current"}\` : "ds-link"} href="/y" aria-current={on ? "page" : undefined}>
        Y
      </NextLink>
      <NextLink href="/plain">Uten stil</NextLink>
      <a className="ds-link" href="/admin/eksport?format=csv">
        CSV
      </a>
      <a className="ds-link" href={\`#del-\${id}\`}>
        Til delen
      </a>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a className="ds-link" href="/admin/ny">
        Ny
      </a>
      <a className="ds-link" href="/fil.xlsx" download>
        Last ned
      </a>
      <summary className="ds-link cursor-pointer">Vis mer</summary>
      <button type="submit" className="ds-link border-0">
        Logg ut
      </button>
    </div>
  );
}
`;

const WRAPPED = `import Link from "next/link";
import { Alert, Link as DsLink, Paragraph } from "@/components/ds";

export function Wrapped({ href }: { href: string }) {
  return (
    <Alert>
      <Paragraph>
        <DsLink asChild data-color="neutral">
          <Link href={href} hrefLang="en">
            Se innboksen
          </Link>
        </DsLink>
      </Paragraph>
      <DsLink href="/personvern">Personvern</DsLink>
    </Alert>
  );
}
`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "links-codemod-"));
  mkdirSync(path.join(dir, "scripts"));
  copyFileSync(path.join(REPO, "scripts/links-codemod.ts"), path.join(dir, "scripts/links-codemod.ts"));
  symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"));
  write(".prettierrc.json", '{ "printWidth": 160 }\n');
  write("src/components/text-link.tsx", '// the component itself is never rewritten\nexport const x = <a className="ds-link" href="/" />;\n');
  write("src/features/demo/components/page.tsx", PAGE);
  write("src/features/new-feature/components/wrapped.tsx", WRAPPED);
  write("src/features/demo/components/untouched.tsx", 'export const Untouched = () => <p className="x">Ingen lenker</p>;\n');
  firstRun = run();
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("scripts/links-codemod.ts", () => {
  it("says what it did", () => {
    expect(firstRun).toContain("rewrote 9 links in 2 files");
    expect(firstRun).not.toContain("left for a person");
  });

  it("turns NextLink with ds-link into TextLink, keeping every other attribute and class", () => {
    const page = read("src/features/demo/components/page.tsx");
    expect(page).toContain("<TextLink href={`/admin/${id}`}>Rediger</TextLink>");
    expect(page).toContain('<TextLink className="self-center" href="/x" prefetch={false} data-testid="x-lenke" />');
    expect(page).toContain('<TextLink className={on ? "current" : undefined} href="/y" aria-current={on ? "page" : undefined}>');
    expect(page).not.toMatch(/<(Next|Text)Link[^>]*ds-link/);
  });

  it("keeps a plain <a> a whole-document link (native), except anchors and downloads", () => {
    const page = read("src/features/demo/components/page.tsx");
    expect(page).toContain('<TextLink href="/admin/eksport?format=csv" native>');
    expect(page).toContain("<TextLink href={`#del-${id}`}>Til delen</TextLink>");
    expect(page).toContain('<TextLink href="/fil.xlsx" download>');
    // next's rule against <a> to a page no longer applies, so its switch-off goes.
    expect(page).toContain('<TextLink href="/admin/ny" native>');
    expect(page).not.toContain("no-html-link-for-pages");
  });

  it("leaves what is no link alone: an unstyled NextLink, a summary, a button", () => {
    const page = read("src/features/demo/components/page.tsx");
    expect(page).toContain('<NextLink href="/plain">Uten stil</NextLink>');
    expect(page).toContain('<summary className="ds-link cursor-pointer">Vis mer</summary>');
    expect(page).toContain('<button type="submit" className="ds-link border-0">');
    expect(page).toContain('import NextLink from "next/link";');
  });

  it("unwraps Designsystemet's Link asChild, merging both elements' attributes, and rewrites its plain Link", () => {
    const wrapped = read("src/features/new-feature/components/wrapped.tsx");
    expect(wrapped).toMatch(/<TextLink data-color="neutral" href=\{href\} hrefLang="en">\s*Se innboksen\s*<\/TextLink>/);
    expect(wrapped).toContain('<TextLink href="/personvern" native>');
    expect(wrapped).not.toContain("asChild");
  });

  it("adds the TextLink import and drops the imports nothing uses any more", () => {
    const wrapped = read("src/features/new-feature/components/wrapped.tsx");
    expect(wrapped).toContain('import { TextLink } from "@/components/text-link";');
    expect(wrapped).toContain('import { Alert, Paragraph } from "@/components/ds";');
    expect(wrapped).not.toContain("next/link");
    const page = read("src/features/demo/components/page.tsx");
    expect(page.match(/import \{ TextLink \}/g)).toHaveLength(1);
  });

  it("never rewrites the component itself or a file without links", () => {
    expect(read("src/components/text-link.tsx")).toContain('className="ds-link"');
    expect(read("src/features/demo/components/untouched.tsx")).toBe('export const Untouched = () => <p className="x">Ingen lenker</p>;\n');
  });

  it("changes nothing when run again", () => {
    const before = [read("src/features/demo/components/page.tsx"), read("src/features/new-feature/components/wrapped.tsx")];
    expect(run()).toContain("rewrote 0 links in 0 files");
    expect([read("src/features/demo/components/page.tsx"), read("src/features/new-feature/components/wrapped.tsx")]).toEqual(before);
  }, 120_000);
});
