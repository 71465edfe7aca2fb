// Prisma CLI config. The CLI wants to download a schema engine for some commands, which
// fails offline; `generate` does not need it, so point the variable at a harmless binary.
// Migrations are applied by our own runner (scripts/lib/migrate.ts), not by the engine.
import { defineConfig } from "prisma/config";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // `env()` throws when unset; generate does not need a real URL.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/medvirk",
  },
});
