// Gate definitions for the methods toolbox (see src/lib/action.ts). The toolbox is shared by
// every process, so audit entries carry no process id.
import type { ActionDefinition } from "@/lib/action";
import { createMethod } from "./create-method";
import { deleteMethod } from "./delete-method";
import { createMethodSchema, deleteMethodSchema, updateMethodSchema } from "./schemas";
import { updateMethod } from "./update-method";

export const createMethodCommand = {
  permission: "toolbox.manage",
  schema: createMethodSchema,
  run: ({ tx, input }) => createMethod(tx, input),
  audit: (_input, r) => ({ entityType: "method", entityId: r.id, details: { change: "create", name: r.name, slug: r.slug } }),
} satisfies ActionDefinition<typeof createMethodSchema, { id: string; name: string; slug: string }>;

export const updateMethodCommand = {
  permission: "toolbox.manage",
  schema: updateMethodSchema,
  run: ({ tx, input }) => updateMethod(tx, input),
  audit: (_input, r) => ({ entityType: "method", entityId: r.id, details: { change: "update", name: r.name, fields: r.changed } }),
} satisfies ActionDefinition<typeof updateMethodSchema, { id: string; name: string; changed: string[] }>;

export const deleteMethodCommand = {
  permission: "toolbox.manage",
  schema: deleteMethodSchema,
  run: ({ tx, input }) => deleteMethod(tx, input),
  audit: (_input, r) => ({ entityType: "method", entityId: r.id, details: { change: "delete", name: r.name } }),
} satisfies ActionDefinition<typeof deleteMethodSchema, { id: string; name: string }>;
