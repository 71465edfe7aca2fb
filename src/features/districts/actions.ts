"use server";

// District-list actions: thin wrappers over the gate; they revalidate and move the user on.
import { serverAction } from "@/lib/server-action";
import * as c from "./commands";

const PAGE = "/admin/bydeler";
// Districts appear in public forms, activity forms and filters everywhere.
const revalidate = [["/", "layout"]] as const;

export const saveDistrictAction = serverAction(c.saveDistrictCommand, { revalidate, redirect: (r) => `${PAGE}?${r.created ? "lagtTil" : "lagret"}=${r.id}` });

export const moveDistrictAction = serverAction(c.moveDistrictCommand, { revalidate, redirect: (r) => `${PAGE}?flyttet=${r.id}` });

export const deleteDistrictAction = serverAction(c.deleteDistrictCommand, { revalidate, redirect: () => `${PAGE}?slettet=1` });
