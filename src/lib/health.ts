import { db } from "./db";
import { log } from "./logger";

/** "ok" when Postgres answers within two seconds, else "down". */
export async function checkDatabase(timeoutMs = 2000): Promise<"ok" | "down"> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("database check timed out")), timeoutMs);
      }),
    ]);
    return "ok";
  } catch (error) {
    log.error("health check: database unreachable", { error });
    return "down";
  } finally {
    clearTimeout(timer);
  }
}
