// Gate definitions for process design (see src/lib/action.ts). Audit entries carry the
// process id so each process has its own change log.
import type { ProcessStatus } from "@/generated/prisma/enums";
import type { Def } from "@/lib/action";
import { changeProcessStatus } from "./change-process-status";
import { copyProcess } from "./copy-process";
import { createProcess } from "./create-process";
import { deletePhase } from "./delete-phase";
import { movePhase } from "./move-phase";
import { deleteMilestone, saveMilestone } from "./save-milestone";
import { savePhase } from "./save-phase";
import {
  changeStatusSchema,
  copyProcessSchema,
  createProcessSchema,
  milestoneRefSchema,
  milestoneSchema,
  movePhaseSchema,
  phaseRefSchema,
  phaseSchema,
  updateProcessSchema,
} from "./schemas";
import { updateProcess } from "./update-process";

export const createProcessCommand = {
  permission: "process.create",
  schema: createProcessSchema,
  run: ({ tx, actor, input }) => createProcess(tx, actor.id, input),
  audit: (input, r) => ({ entityType: "process", entityId: r.id, processId: r.id, details: { title: input.title, slug: r.slug } }),
} satisfies Def<typeof createProcessSchema, { id: string; slug: string }>;

export const updateProcessCommand = {
  permission: "process.update",
  schema: updateProcessSchema,
  run: ({ tx, input }) => updateProcess(tx, input),
  audit: (input) => ({ entityType: "process", entityId: input.processId, processId: input.processId, details: { change: "framework", title: input.title } }),
} satisfies Def<typeof updateProcessSchema, { id: string; slug: string }>;

export const changeProcessStatusCommand = {
  permission: "process.publish",
  schema: changeStatusSchema,
  run: ({ tx, input }) => changeProcessStatus(tx, input),
  audit: (input) => ({ entityType: "process", entityId: input.processId, processId: input.processId, details: { status: input.status } }),
} satisfies Def<typeof changeStatusSchema, { id: string; status: ProcessStatus }>;

export const copyProcessCommand = {
  permission: "process.copy",
  schema: copyProcessSchema,
  run: ({ tx, actor, input }) => copyProcess(tx, actor.id, input),
  audit: (input, r) => ({ entityType: "process", entityId: r.id, processId: r.id, details: { copiedFrom: input.processId, title: input.title } }),
} satisfies Def<typeof copyProcessSchema, { id: string; slug: string }>;

export const savePhaseCommand = {
  permission: "process.update",
  schema: phaseSchema,
  run: ({ tx, input }) => savePhase(tx, input),
  audit: (input, r) => ({ entityType: "phase", entityId: r.id, processId: input.processId, details: { title: input.title, created: !input.phaseId } }),
} satisfies Def<typeof phaseSchema, { id: string }>;

export const deletePhaseCommand = {
  permission: "process.update",
  schema: phaseRefSchema,
  run: ({ tx, input }) => deletePhase(tx, input),
  audit: (input) => ({ entityType: "phase", entityId: input.phaseId, processId: input.processId, details: { deleted: true } }),
} satisfies Def<typeof phaseRefSchema, { id: string }>;

export const movePhaseCommand = {
  permission: "process.update",
  schema: movePhaseSchema,
  run: ({ tx, input }) => movePhase(tx, input),
  audit: (input) => ({ entityType: "phase", entityId: input.phaseId, processId: input.processId, details: { moved: input.direction } }),
} satisfies Def<typeof movePhaseSchema, { id: string }>;

export const saveMilestoneCommand = {
  permission: "process.update",
  schema: milestoneSchema,
  run: ({ tx, input }) => saveMilestone(tx, input),
  audit: (input, r) => ({ entityType: "milestone", entityId: r.id, processId: input.processId, details: { title: input.title, created: !input.milestoneId } }),
} satisfies Def<typeof milestoneSchema, { id: string }>;

export const deleteMilestoneCommand = {
  permission: "process.update",
  schema: milestoneRefSchema,
  run: ({ tx, input }) => deleteMilestone(tx, input),
  audit: (input) => ({ entityType: "milestone", entityId: input.milestoneId, processId: input.processId, details: { deleted: true } }),
} satisfies Def<typeof milestoneRefSchema, { id: string }>;
