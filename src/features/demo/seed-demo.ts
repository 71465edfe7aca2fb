// Loads the DEMRE demo (see data/): shared lists, accounts, the process with phases,
// timeline, target groups and activities, sign-ups, and the sample inputs. Idempotent: the
// process is the marker, so a second `npm start` adds nothing. Used by `npm start` (demo
// mode), `npm run db:seed` and the e2e server.
import { readFileSync } from "node:fs";
import path from "node:path";
import { seedDecisionDemo } from "@/features/demo/decisions";
import { seedDemoEvaluations } from "@/features/demo/evaluations";
import { seedRecordingDemo } from "@/features/demo/recording";
import { arrivalFields } from "@/features/knowledge/arrival";
import { seedHeardDemo } from "@/features/knowledge/heard/demo";
import { seedSuggestionModel } from "@/features/knowledge/suggestions/demo";
import { questionsToStore } from "@/features/processes/guiding-questions";
import type { PrismaClient } from "@/generated/prisma/client";
import type { InputCategory, InputLanguage } from "@/generated/prisma/enums";
import { parseCsvRecords } from "@/lib/csv";
import { hashPassword } from "@/lib/passwords";
import { generateReceiptCode } from "@/lib/receipt-code";
import {
  AUDIENCES,
  CSV_CHANNELS,
  CSV_THEMATIC_PLAN_CODES,
  DEMO_PASSWORD,
  DEMO_POPULATION,
  DEMO_POPULATION_YEAR,
  DEMO_USERS,
  demoAgeBand,
  demoAges,
  DEMRE_CSV_TARGET_GROUPS,
  demreActivities,
  demreProcess,
  DISTRICTS,
  METHODS,
  PARTIES,
  THEMATIC_PLANS,
} from "./data";
import { DEMRE_FORM } from "./data/demre-form";
import { TOPICS } from "./data/topics";

const CSV_FILE = path.join(import.meta.dirname, "data", "innspill-eksempel.csv");
const UNTAGGED_TAIL = 20; // the newest inputs are left untriaged, as in real life

const CATEGORY: Record<string, InputCategory> = {
  KVALITET: "QUALITY",
  EKSISTERENDE: "EXISTING",
  UTFORDRING: "CHALLENGE",
  BEHOV: "NEED",
  HAAP: "HOPE",
};
const LANGUAGES = new Set<string>(["nb", "nn", "en", "pl", "ar", "so", "uk", "mixed"]);

type Ids = Map<string, string>;
const byKey = <T extends { id: string }>(rows: T[], key: (r: T) => string): Ids => new Map(rows.map((r) => [key(r), r.id]));
const need = (ids: Ids, key: string, what: string): string => {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo data refers to unknown ${what} "${key}"`);
  return id;
};

export async function seedDemo(db: PrismaClient, { today = new Date() }: { today?: Date } = {}): Promise<boolean> {
  const process = demreProcess(today);
  if (await db.process.findUnique({ where: { slug: process.slug }, select: { id: true } })) return false;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const csv = parseCsvRecords(readFileSync(CSV_FILE, "utf8"));

  await db.$transaction(
    async (tx) => {
      // Shared lists: created if missing, so a municipality's own entries are left alone.
      await tx.party.createMany({ data: PARTIES.map((p, i) => ({ ...p, position: i })), skipDuplicates: true });
      await tx.district.createMany({ data: DISTRICTS.map((d, i) => ({ ...d, position: i })), skipDuplicates: true });
      await tx.thematicPlan.createMany({ data: THEMATIC_PLANS.map((p) => ({ ...p })), skipDuplicates: true });
      await tx.audience.createMany({ data: AUDIENCES.map((a, i) => ({ ...a, position: i })), skipDuplicates: true });
      await tx.tag.createMany({ data: TOPICS.map((t) => ({ ...t })), skipDuplicates: true });
      await tx.method.createMany({
        data: METHODS.map(({ audienceSlugs: _a, ...m }) => ({ ...m })),
        skipDuplicates: true,
      });
      // Sequential: a transaction is one connection (pg warns on overlapping queries).
      const parties = await tx.party.findMany({ select: { id: true, shortName: true } });
      const districts = await tx.district.findMany({ select: { id: true, name: true } });
      const plans = await tx.thematicPlan.findMany({ select: { id: true, slug: true } });
      const audiences = await tx.audience.findMany({ select: { id: true, slug: true } });
      const tags = await tx.tag.findMany({ select: { id: true, slug: true } });
      const methods = await tx.method.findMany({ select: { id: true, slug: true } });
      const partyIds = byKey(parties, (p) => p.shortName);
      const districtIds = byKey(districts, (d) => d.name);
      // Who lives here, unless the municipality has entered its own figures.
      if ((await tx.populationFigure.count()) === 0) {
        await tx.populationFigure.createMany({
          data: DEMO_POPULATION.map((p) => ({
            year: DEMO_POPULATION_YEAR,
            districtId: need(districtIds, p.district, "district"),
            ageBand: p.ageBand,
            persons: p.persons,
          })),
        });
      }
      const planIds = byKey(plans, (p) => p.slug);
      const audienceIds = byKey(audiences, (a) => a.slug);
      const tagIds = byKey(tags, (t) => t.slug);
      const methodIds = byKey(methods, (m) => m.slug);
      await tx.methodAudience.createMany({
        data: METHODS.flatMap((m) =>
          m.audienceSlugs.map((a) => ({ methodId: need(methodIds, m.slug, "method"), audienceId: need(audienceIds, a, "audience") })),
        ),
        skipDuplicates: true,
      });

      await tx.user.createMany({
        data: DEMO_USERS.map((u) => ({
          email: u.email,
          name: u.name,
          role: u.role,
          locale: u.locale,
          partyId: u.partyShortName ? need(partyIds, u.partyShortName, "party") : null,
          passwordHash,
        })),
        skipDuplicates: true,
      });
      // In DEMO_USERS order: who gets which demo sign-up (and the e2e tests relying on it) must not depend on heap order.
      const order = new Map<string, number>(DEMO_USERS.map((u, i) => [u.email, i]));
      const users = (await tx.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { id: true, email: true, role: true } })).sort(
        (a, b) => (order.get(a.email) ?? 0) - (order.get(b.email) ?? 0),
      );
      const userIds = byKey(users, (u) => u.email);
      const admin = need(userIds, "admin@medvirk.test", "user");
      const politicians = users.filter((u) => u.role !== "ADMIN").map((u) => u.id);

      // The process and everything it owns.
      const created = await tx.process.create({
        data: {
          slug: process.slug,
          title: process.title,
          summary: process.summary,
          goal: process.goal,
          expectationGap: process.expectationGap,
          inputUsePlan: process.inputUsePlan,
          status: process.status,
          participationRule: process.participationRule,
          startsOn: new Date(process.startsOn),
          endsOn: new Date(process.endsOn),
          publishedAt: process.status === "PUBLISHED" ? today : null,
          createdById: admin,
          frameworkItems: { create: process.frameworkItems.map((text, i) => ({ position: i + 1, text })) },
          thematicPlans: { create: process.thematicPlanSlugs.map((s) => ({ thematicPlanId: need(planIds, s, "thematic plan") })) },
          phases: {
            create: process.phases.map((p) => ({
              ...p,
              guidingQuestions: questionsToStore(p.guidingQuestions),
              startsOn: new Date(p.startsOn),
              endsOn: new Date(p.endsOn),
            })),
          },
          targetGroups: {
            create: process.targetGroups.map((g, i) => ({
              name: g.name,
              description: g.description,
              importance: g.importance,
              difficulty: g.difficulty,
              position: i,
              audienceId: g.audienceSlug ? need(audienceIds, g.audienceSlug, "audience") : null,
            })),
          },
        },
        select: { id: true, phases: { select: { id: true, position: true } }, targetGroups: { select: { id: true, name: true } } },
      });
      const phaseIds = new Map(created.phases.map((p) => [p.position, p.id]));
      const groupIds = byKey(created.targetGroups, (g) => g.name);
      await tx.milestone.createMany({
        data: process.milestones.map((m) => ({
          processId: created.id,
          phaseId: m.phasePosition ? (phaseIds.get(m.phasePosition) ?? null) : null,
          date: new Date(m.date),
          endDate: m.endDate ? new Date(m.endDate) : null,
          title: m.title,
          body: m.body,
          isDecisionPoint: m.isDecisionPoint,
          decision: m.decision,
          outcome: m.outcome,
        })),
      });

      // Activities, with sign-ups so the politician pages and overviews have something true to show.
      const activityRows: {
        id: string;
        key: string;
        methodSlug: string;
        status: string;
        capacity: number;
        startsAt: Date;
        endsAt: Date;
        districtName: string | null;
        phaseId: string | null;
      }[] = [];
      for (const a of demreActivities(today)) {
        const row = await tx.activity.create({
          data: {
            processId: created.id,
            phaseId: phaseIds.get(a.phasePosition) ?? null,
            methodId: need(methodIds, a.methodSlug, "method"),
            title: a.title,
            description: a.description,
            startsAt: new Date(a.startsAt),
            endsAt: new Date(a.endsAt),
            place: a.place,
            districtId: a.districtName ? need(districtIds, a.districtName, "district") : null,
            isOnline: a.isOnline,
            politicianCapacity: a.politicianCapacity,
            isPublic: a.isPublic,
            status: a.status,
            targetGroups: { create: a.targetGroupNames.map((n) => ({ targetGroupId: need(groupIds, n, "target group") })) },
          },
          select: { id: true },
        });
        activityRows.push({
          id: row.id,
          key: a.key,
          methodSlug: a.methodSlug,
          status: a.status,
          capacity: a.politicianCapacity,
          startsAt: new Date(a.startsAt),
          endsAt: new Date(a.endsAt),
          districtName: a.districtName,
          phaseId: phaseIds.get(a.phasePosition) ?? null,
        });
      }
      const signups = activityRows.flatMap((a, ai) => {
        if (a.status === "CANCELLED" || a.status === "PLANNED") return [];
        // Fill done activities; leave open ones with free places (the first open one full).
        const take = a.status === "DONE" ? a.capacity : ai % 2 === 0 ? Math.min(a.capacity, 1) : 0;
        return politicians.slice(0, Math.min(take, politicians.length)).map((userId, i) => ({
          activityId: a.id,
          userId: politicians[(i + ai) % politicians.length] ?? userId,
          status: "CONFIRMED" as const,
          queuedAt: new Date(today.getTime() - (30 - i) * 86_400_000),
        }));
      });
      await tx.signup.createMany({ data: signups, skipDuplicates: true });
      await seedDemoEvaluations(tx, { activities: activityRows, users: userIds, groups: groupIds });

      // The public input form for the insight phase (bokmål, nynorsk and English texts).
      const insightPhase = process.phases.find((p) => p.kind === "INSIGHT");
      await tx.form.create({
        data: {
          processId: created.id,
          phaseId: insightPhase ? (phaseIds.get(insightPhase.position) ?? null) : null,
          slug: DEMRE_FORM.slug,
          isPublished: true,
          languages: [...DEMRE_FORM.languages],
          texts: DEMRE_FORM.texts,
          fields: { create: DEMRE_FORM.fields.map((f, i) => ({ ...f, position: i + 1 })) },
        },
      });

      // Sample inputs from ../shared/data (copied into data/): every channel and category.
      const insight = process.phases.find((p) => p.kind === "INSIGHT");
      const insightId = insight ? (phaseIds.get(insight.position) ?? null) : null;
      const from = insight ? new Date(insight.startsOn).getTime() : today.getTime() - 60 * 86_400_000;
      const span = Math.max(1, today.getTime() - from - 86_400_000);
      // An input heard at an activity belongs to a held activity of its method in its district
      // (or one without a district), and is dated after it. One heard the same way where no
      // such activity was held is an informal meeting: channel «Annet», the method kept.
      const heldAt = (methodSlug: string, district: string | undefined) =>
        activityRows.find(
          (a) => a.methodSlug === methodSlug && a.status === "DONE" && a.endsAt <= today && (!a.districtName || !district || a.districtName === district),
        );
      const externalToId = new Map<string, string>();
      const rows = csv.rows;
      for (const [i, { values: r }] of rows.entries()) {
        const channel = CSV_CHANNELS[r.channel as keyof typeof CSV_CHANNELS];
        if (!channel) throw new Error(`Unknown channel in demo CSV: ${r.channel}`);
        const activity = channel.inputChannel === "ACTIVITY" && channel.methodSlug ? heldAt(channel.methodSlug, r.district || undefined) : undefined;
        const inputChannel = channel.inputChannel === "ACTIVITY" && !activity ? "OTHER" : channel.inputChannel;
        const spread = new Date(from + Math.round((span * i) / rows.length));
        // After the activity it was heard at: the evening itself or within a few days, never after today.
        const submittedAt =
          activity && spread < activity.endsAt ? new Date(Math.min(today.getTime(), activity.endsAt.getTime() + (i % 72) * 3_600_000)) : spread;
        const tagged = i < rows.length - UNTAGGED_TAIL;
        const abusive = r.abusive === "1";
        const targetGroupName = DEMRE_CSV_TARGET_GROUPS[r.target_group as keyof typeof DEMRE_CSV_TARGET_GROUPS];
        const input = await tx.input.create({
          data: {
            processId: created.id,
            phaseId: activity?.phaseId ?? insightId,
            activityId: activity?.id ?? null,
            methodId: channel.methodSlug ? need(methodIds, channel.methodSlug, "method") : null,
            text: r.text ?? "",
            ...arrivalFields(r.text ?? "", abusive ? ["needs-moderation"] : []),
            // The untagged tail has no category either: the knowledge base suggests one.
            category: tagged ? (CATEGORY[r.insight_category ?? ""] ?? null) : null,
            categorySource: tagged ? "IMPORT" : null,
            triagedAt: tagged ? today : null,
            channel: inputChannel,
            language: (LANGUAGES.has(r.language ?? "") ? r.language : "other") as InputLanguage,
            districtId: r.district ? need(districtIds, r.district, "district") : null,
            ...demoAges(demoAgeBand(r.target_group, r.channel, i)),
            targetGroupId: targetGroupName ? need(groupIds, targetGroupName, "target group") : null,
            receiptCode: generateReceiptCode(),
            status: tagged ? "READ" : "RECEIVED",
            recordedById: inputChannel === "ACTIVITY" ? (politicians[i % politicians.length] ?? null) : null,
            externalRef: r.id,
            duplicateOfId: r.dup_of ? (externalToId.get(r.dup_of) ?? null) : null,
            submittedAt,
            tags: tagged
              ? {
                  create: (r.topics ?? "")
                    .split("|")
                    .filter(Boolean)
                    .map((slug) => ({ tagId: need(tagIds, slug, "topic"), source: "IMPORT" as const, setById: admin })),
                }
              : undefined,
            thematicPlans: tagged
              ? {
                  create: (CSV_THEMATIC_PLAN_CODES[r.thematic_plan as keyof typeof CSV_THEMATIC_PLAN_CODES] ?? []).map((slug) => ({
                    thematicPlanId: need(planIds, slug, "thematic plan"),
                    source: "IMPORT" as const,
                  })),
                }
              : undefined,
          },
          select: { id: true },
        });
        if (r.id) externalToId.set(r.id, input.id);
      }
      await seedRecordingDemo(tx, { processId: created.id, today });
      await seedHeardDemo(tx, { processId: created.id, today });
      await seedDecisionDemo(tx, { processId: created.id, recordedById: admin });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  await seedSuggestionModel(db);
  return true;
}
