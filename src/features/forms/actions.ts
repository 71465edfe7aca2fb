"use server";

// Form-builder actions: thin wrappers over the gate; they revalidate and move the user on.
import { serverAction } from "@/lib/server-action";
import * as c from "./commands";

const formPath = (processId: string, formId: string) => `/admin/prosesser/${processId}/skjema/${formId}`;
const refresh = (processId: string, slug?: string) => [[`/admin/prosesser/${processId}`, "layout"] as const, ...(slug ? [`/skjema/${slug}`] : [])];

export const saveFormAction = serverAction(c.saveFormCommand, {
  revalidate: (r, i) => refresh(i.processId, r.slug),
  redirect: (r, i) => `${formPath(i.processId, r.id)}?${r.created ? "ny" : "lagret"}=1`,
});

export const saveFieldAction = serverAction(c.saveFormFieldCommand, {
  revalidate: (_r, i) => refresh(i.processId),
  redirect: (r, i) => `${formPath(i.processId, i.formId)}?${r.created ? "feltLagtTil" : "feltLagret"}=${r.id}`,
});

export const moveFieldAction = serverAction(c.moveFormFieldCommand, {
  revalidate: (_r, i) => refresh(i.processId),
  redirect: (r, i) => `${formPath(i.processId, i.formId)}?flyttet=${r.id}`,
});

export const deleteFieldAction = serverAction(c.deleteFormFieldCommand, {
  revalidate: (_r, i) => refresh(i.processId),
  redirect: (_r, i) => `${formPath(i.processId, i.formId)}?feltSlettet=1`,
});
