// Server configuration, read once. Every variable is documented in README.md ("Configuration").
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  MEDVIRK_DEMO: z.enum(["0", "1"]).optional(),
  MEDVIRK_MUNICIPALITY: z.string().default("Drammen kommune"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;
export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}

export const isDemoMode = () => env().MEDVIRK_DEMO === "1";
