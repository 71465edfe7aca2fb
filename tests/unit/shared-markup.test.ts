// Issue #19, one way for read-only markup: a titled section is <Section> (the label and the
// heading's id written once) and a data table is <DataTable> (labelled scroll region, header
// scopes, number columns right-aligned under a right-aligned header). The last two tests fail on
// a file that writes either by hand again; form files are left to the forms' own pass.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable } from "@/components/data-table";
import { ListSection } from "@/components/list-section";
import { Section } from "@/components/section";

const SRC = path.resolve(import.meta.dirname, "../../src");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? (name === "generated" ? [] : files(full)) : name.endsWith(".tsx") ? [full] : [];
  });
/** Display files: not the shared components themselves, not forms (`*-form(s).tsx`, filters). */
const displayFiles = () => files(SRC).filter((f) => !/(?:-forms?|filter|filter-form)\.tsx$/.test(f) && !/components\/(?:section|data-table|ds)\.tsx$/.test(f));

const rows = [
  { id: "a", name: "Bragernes", n: 5000 },
  { id: "b", name: "Strømsø", n: 12 },
];

describe("Section", () => {
  it("labels the section with its heading through one id", () => {
    const html = renderToStaticMarkup(createElement(Section, { id: "om", heading: "Om prosessen", className: "space-y-3" }, "tekst"));
    expect(html).toBe('<section aria-labelledby="om" class="space-y-3"><h2 data-size="sm" id="om" class="ds-heading">Om prosessen</h2>tekst</section>');
  });

  it("takes the heading's level, size and classes", () => {
    const html = renderToStaticMarkup(createElement(Section, { id: "x", heading: "H", level: 3, size: "md", headingClassName: "mb-3" }));
    expect(html).toBe('<section aria-labelledby="x"><h3 data-size="md" id="x" class="ds-heading mb-3">H</h3></section>');
  });

  it("ListSection says one sentence instead of an empty list", () => {
    const html = renderToStaticMarkup(ListSection({ id: "l", heading: "Liste", empty: true, emptyText: "Ingen ennå.", children: "lista" }));
    expect(html).toContain('<p class="ds-paragraph">Ingen ennå.</p>');
    expect(html).not.toContain("lista");
  });
});

describe("DataTable", () => {
  const render = (props: Partial<Parameters<typeof DataTable<(typeof rows)[number]>>[0]> = {}) =>
    renderToStaticMarkup(
      createElement(DataTable<(typeof rows)[number]>, {
        label: "Innbyggere per bydel",
        columns: ["Bydel", { label: "Innbyggere", numeric: true }],
        rows,
        rowKey: (r) => r.id,
        cells: (r) => [r.name, r.n],
        ...props,
      }),
    );

  it("is a labelled, focusable scroll region with column headers that have a scope", () => {
    const html = render();
    expect(html).toMatch(
      /^<div class="overflow-x-auto" tabindex="0" role="region" aria-label="Innbyggere per bydel"><table class="ds-table" data-zebra="true">/,
    );
    expect(html).toContain('<th scope="col">Bydel</th>');
    expect(html).not.toContain("<caption");
  });

  it("right-aligns a number column's header and cells alike", () => {
    const html = render();
    expect(html).toContain('<th scope="col" class="text-right">Innbyggere</th>');
    expect(html).toContain('<td class="text-right">5000</td>');
    expect(html).toContain("<td>Bragernes</td>");
  });

  it("names each row by its first cell when asked, in normal weight or bold", () => {
    expect(render({ rowHeader: true })).toContain('<th scope="row" class="font-normal">Bragernes</th>');
    expect(render({ rowHeader: "bold" })).toContain('<th scope="row">Bragernes</th>');
  });

  it("repeats the label as a caption, shown or for screen readers only", () => {
    expect(render({ caption: true })).toContain('<caption class="text-left font-semibold">Innbyggere per bydel</caption>');
    expect(render({ caption: "hidden" })).toContain('<caption class="sr-only">Innbyggere per bydel</caption>');
  });

  it("can be named by a heading instead, and passes row attributes and the test id", () => {
    const html = render({ label: undefined, labelledBy: "tall", testId: "bydeler", size: "sm", rowProps: (r) => ({ "data-testid": `rad-${r.id}` }) });
    expect(html).toContain('role="region" aria-labelledby="tall"');
    expect(html).toContain('data-size="sm" data-testid="bydeler"');
    expect(html).toContain('<tr data-testid="rad-b">');
  });
});

describe("no second way", () => {
  it("no display file writes <section aria-labelledby> and its heading by hand", () => {
    const found = displayFiles().filter((f) => /<section aria-labelledby=[^>]*>\s*<Heading /.test(readFileSync(f, "utf8")));
    expect(found.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("no display file writes a table's scroll region by hand", () => {
    // Not data tables of this kind: a month grid, the report's compact print table (its own
    // padding and hyphenation to fit 390 px) and the sortable method table (its twin sortable
    // headers are being made one elsewhere).
    const others = [
      "activities/components/activity-calendar.tsx",
      "knowledge/report/components/count-table.tsx",
      "group-leader/components/method-comparison-page.tsx",
    ];
    const found = displayFiles()
      .filter((f) => /<div className="[^"]*overflow-x-auto[^"]*"[^>]*role="region"/.test(readFileSync(f, "utf8")))
      .map((f) => path.relative(path.join(SRC, "features"), f));
    expect(found.filter((f) => !others.includes(f))).toEqual([]);
  });
});
