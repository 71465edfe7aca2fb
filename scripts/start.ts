// `npm start` (production build) and `npm run dev` (hot reload).
// Without DATABASE_URL: starts the embedded PostgreSQL in .data/pg, migrates, loads the demo
// data on first start, builds if needed and serves on http://localhost:3000.
// With DATABASE_URL: uses that database; demo data only with `npm run db:seed`.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ensureDatabase, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { DATA_DIR, LOCAL_DB, LOCAL_PG_PORT, PG_DIR, ROOT, localAuthSecret } from "./lib/local-env";
import { migrate } from "./lib/migrate";
import { needsBuild } from "./lib/build-check";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

async function main() {
  let embedded: EmbeddedDb | undefined;
  const external = Boolean(process.env.DATABASE_URL);
  if (!external) {
    console.log("Starter innebygd PostgreSQL i .data/pg …");
    embedded = await startEmbeddedDb({ dir: PG_DIR, port: LOCAL_PG_PORT, persistent: true });
    await ensureDatabase(embedded.url("postgres"), LOCAL_DB);
    process.env.DATABASE_URL = embedded.url(LOCAL_DB);
    process.env.AUTH_SECRET ??= localAuthSecret();
    process.env.MEDVIRK_DEMO ??= "1";
  } else if (!process.env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET must be set when DATABASE_URL is (see README: Configuration).");
  }
  const url = process.env.DATABASE_URL!;
  const { applied } = await migrate(url);
  if (applied.length) console.log(`Migreringer kjørt: ${applied.join(", ")}`);

  if (process.env.MEDVIRK_DEMO === "1") {
    const { seedDemoWithUrl } = await import("./lib/seed-runner");
    const seeded = await seedDemoWithUrl(url);
    console.log(seeded ? "Demodata lastet inn." : "Demodata finnes fra før.");
  }

  if (!dev && needsBuild()) {
    console.log("Bygger appen (next build) …");
    await run(process.execPath, [nextBin, "build"]);
  }

  const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "--port", String(port)], {
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    cwd: ROOT,
  });
  let announced = false;
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready|started server|Local:/i.test(chunk.toString())) {
      announced = true;
      printWelcome(port);
    }
  });

  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopper Medvirk …");
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    if (embedded) await embedded.stop();
    console.log("Stoppet.");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  child.on("exit", (code) => void stop(code ?? 0));
}

function printWelcome(port: number) {
  const lines = [
    "",
    "  Medvirk kjører på http://localhost:" + port,
    process.env.MEDVIRK_DEMO === "1" ? "  Demokontoer (passord: demo-medvirk):" : "",
    ...(process.env.MEDVIRK_DEMO === "1"
      ? ["    admin@medvirk.test       (administrator)", "    politiker@medvirk.test   (politiker)", "    gruppeleder@medvirk.test (gruppeleder)"]
      : []),
    existsSync(DATA_DIR) && !process.env.MEDVIRK_EXTERNAL ? "  Data lagres i .data/ — Ctrl-C stopper appen og databasen." : "",
    "",
  ].filter((l) => l !== "");
  console.log(lines.join("\n") + "\n");
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: "inherit", cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
