"use server";

import { serverAction } from "@/lib/server-action";
import { deleteActivityCommand, saveActivityCommand } from "./commands";

const list = (processId: string) => `/admin/prosesser/${processId}/aktiviteter`;
const revalidate = [["/", "layout"]] as const;

export const saveActivityAction = serverAction(saveActivityCommand, { revalidate, redirect: (_r, i) => `${list(i.processId)}?lagret=1` });

export const deleteActivityAction = serverAction(deleteActivityCommand, { revalidate, redirect: (_r, i) => `${list(i.processId)}?slettet=1` });
