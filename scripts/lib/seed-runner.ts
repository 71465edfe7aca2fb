// Seeds the demo data through the app's own Prisma client and seed function.
import { seedDemo } from "../../src/features/demo/seed-demo";
import { createDb } from "../../src/lib/db";

export async function seedDemoWithUrl(url: string, today = new Date()): Promise<boolean> {
  const db = createDb(url);
  try {
    return await seedDemo(db, { today });
  } finally {
    await db.$disconnect();
  }
}
