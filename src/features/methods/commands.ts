// Gate definitions for the methods toolbox (see src/lib/action.ts). The toolbox is shared by
// every process, so audit entries carry no process id.
import { rowCommands } from "@/lib/command";
import { createMethod } from "./create-method";
import { deleteMethod } from "./delete-method";
import { createMethodSchema, deleteMethodSchema, updateMethodSchema } from "./schemas";
import { updateMethod } from "./update-method";

const method = rowCommands("toolbox.manage", "method");

export const createMethodCommand = method(createMethodSchema, createMethod, (r) => ({ change: "create", name: r.name, slug: r.slug }));
export const updateMethodCommand = method(updateMethodSchema, updateMethod, (r) => ({ change: "update", name: r.name, fields: r.changed }));
export const deleteMethodCommand = method(deleteMethodSchema, deleteMethod, (r) => ({ change: "delete", name: r.name }));
