// The Prisma client, created on first use so `next build` works without a database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { log } from "./logger";

export type Db = PrismaClient;
/** A client or an interactive transaction: what services receive. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { medvirkDb?: PrismaClient };

export function createDb(url: string): PrismaClient {
  // When the database goes away (restart, fail-over) pg drops the broken clients and the pool
  // opens new ones on the next query, so the app recovers without a restart. A connect waits
  // at most 5 s, so a request fails with a message instead of hanging while it is down.
  const adapter = new PrismaPg(
    {
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5000),
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    },
    {
      onPoolError: (error) => log.warn("database: idle connection lost", { reason: error.message }),
      onConnectionError: (error) => log.warn("database: connection lost", { reason: error.message }),
    },
  );
  // Password hashes never leave the database unless a query asks for them explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export function getDb(): PrismaClient {
  if (!globalForDb.medvirkDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm start` or set DATABASE_URL.");
    globalForDb.medvirkDb = createDb(url);
  }
  return globalForDb.medvirkDb;
}

/** `db.user.findMany(...)` without caring when the client was made. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
