import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/errors";
import { publicCached } from "@/lib/public-cache";

export const publicFormSelect = {
  id: true,
  slug: true,
  texts: true,
  languages: true,
  opensAt: true,
  closesAt: true,
  citizenSignIn: true,
  isPublished: true,
  process: { select: { id: true, slug: true, title: true, status: true, retentionMonths: true } },
  phase: { select: { id: true, kind: true } },
  fields: { orderBy: { position: "asc" }, select: { id: true, key: true, type: true, required: true, texts: true, ageBands: true } },
} satisfies Prisma.FormSelect;

/**
 * A published form of a published process, with what its system fields offer. While the
 * database is unreachable the last copy this instance read is served, so a citizen whose
 * submit failed gets the form back with their text and a message, not an error page.
 */
export async function getPublicForm(slug: string) {
  try {
    const form = await loadPublicForm(slug);
    if (form) rememberForm(slug, form);
    else lastGoodForms.delete(slug);
    return form;
  } catch (error) {
    const kept = isDatabaseUnavailable(error) ? lastGoodForms.get(slug) : undefined;
    if (kept) return kept;
    throw error;
  }
}

/**
 * The submit path's copy: a form read at most FORM_CACHE_MS ago, so a burst of submissions does
 * not reload the form, its districts and target groups (3 queries) each time. Safe because the
 * submit re-checks in SQL, inside its transaction, that the form and its process are still open;
 * a field changed in the form builder reaches the submit path within FORM_CACHE_MS.
 */
export async function getPublicFormForSubmit(slug: string, now = Date.now()) {
  const hit = submitCache.get(slug);
  if (hit && now - hit.at < FORM_CACHE_MS) return hit.form;
  // One load at a time per form: when the copy expires under a burst, the hundreds of requests
  // in flight wait for the same read instead of each reading the form (issue #20).
  let loading = submitLoads.get(slug);
  if (!loading) {
    loading = getPublicForm(slug)
      .then((form) => {
        if (form) {
          submitCache.set(slug, { at: now, form });
          if (submitCache.size > 500) submitCache.delete(submitCache.keys().next().value!);
        } else submitCache.delete(slug);
        return form;
      })
      .finally(() => submitLoads.delete(slug));
    submitLoads.set(slug, loading);
  }
  return loading;
}
export const FORM_CACHE_MS = 5000;
const submitCache = new Map<string, { at: number; form: NonNullable<Awaited<ReturnType<typeof loadPublicForm>>> }>();
const submitLoads = new Map<string, Promise<Awaited<ReturnType<typeof getPublicForm>>>>();

const lastGoodForms = new Map<string, NonNullable<Awaited<ReturnType<typeof loadPublicForm>>>>();
function rememberForm(slug: string, form: NonNullable<Awaited<ReturnType<typeof loadPublicForm>>>) {
  lastGoodForms.delete(slug);
  lastGoodForms.set(slug, form);
  // Oldest first in a Map: keep the 500 most recently read forms.
  if (lastGoodForms.size > 500) lastGoodForms.delete(lastGoodForms.keys().next().value!);
}

/** From the public cache (lib/public-cache.ts): the form page and the proxy's check read it once per change. */
const loadPublicForm = (slug: string) => publicCached(`form:${slug}`, () => readPublicForm(slug));

async function readPublicForm(slug: string) {
  const form = await db.form.findFirst({
    where: { slug, isPublished: true, process: { status: { in: ["PUBLISHED", "CLOSED"] } } },
    select: publicFormSelect,
  });
  if (!form) return null;
  return { ...form, ...(await systemChoices(form.process.id)) };
}

/** What the system fields offer: the managed districts and the process's target groups. */
export async function systemChoices(processId: string) {
  const [districts, targetGroups] = await Promise.all([
    db.district.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.targetGroup.findMany({ where: { processId }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  return { districts, targetGroups };
}
export type PublicForm = NonNullable<Awaited<ReturnType<typeof getPublicForm>>>;

/** Open forms of a process, for the process page: its published forms from the public cache, open at `now`. */
export async function listOpenForms(processId: string, now = new Date()) {
  const forms = await publicCached(`forms-of:${processId}`, () =>
    db.form.findMany({
      where: { processId, isPublished: true },
      orderBy: { createdAt: "asc" },
      select: { slug: true, texts: true, opensAt: true, closesAt: true },
    }),
  );
  return forms.filter((f) => (f.closesAt === null || f.closesAt > now) && (f.opensAt === null || f.opensAt <= now)).map(({ slug, texts }) => ({ slug, texts }));
}
