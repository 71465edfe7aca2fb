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
];
export default config;
