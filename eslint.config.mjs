import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "src/generated/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // notFound()/forbidden() thrown while a page renders leave an empty body without
      // JavaScript in Next 16; pages use pageNotFound()/pageForbidden() (src/lib/missing-pages.ts).
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/navigation",
              importNames: ["notFound", "forbidden", "unauthorized"],
              message: "Use pageNotFound()/pageForbidden() from @/lib/missing-pages: they render on the server without JavaScript.",
            },
            // The library's index is one "use client" module: one import from it puts the whole
            // library (about 200 kB gzipped) into every page's JavaScript (issue #20).
            // Issue #19 point 4: one link component (scripts/links-codemod.ts rewrites the old forms).
            {
              name: "@/components/ds",
              importNames: ["Link"],
              message: "Use TextLink from @/components/text-link: the one link component (Next link, or a plain <a> for anchors, downloads and other sites).",
            },
            {
              name: "@digdir/designsystemet-react",
              allowTypeImports: true,
              message: "Import Designsystemet components from @/components/ds: the same HTML, rendered on the server, no client JavaScript.",
            },
          ],
        },
      ],
    },
  },
  // Issue #19 point 4: a text link is <TextLink>; the ds-link class on a link element is written
  // only there. (Buttons and <summary> styled as links keep the class: they are no links.)
  {
    files: ["src/**/*.tsx"],
    ignores: ["src/components/text-link.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...["Literal[value=/(^|\\s)ds-link(\\s|$)/]", "TemplateElement[value.raw=/(^|\\s)ds-link(\\s|$)/]"].map((value) => ({
          selector: `JSXOpeningElement[name.name=/^(a|Link|NextLink|DsLink)$/] > JSXAttribute[name.name="className"] ${value}`,
          message: 'Use <TextLink> from @/components/text-link instead of className="ds-link" on a link (npx tsx scripts/links-codemod.ts rewrites it).',
        })),
      ],
    },
  },
];
export default config;
