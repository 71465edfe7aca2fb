// Gate definitions for process design (see src/lib/action.ts). Audit entries carry the
// process id so each process has its own change log.
import { command, rowCommands } from "@/lib/command";
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

// A process's own entries: the process is both the entity and the log it is filed under.
const onProcess = (id: string, details: Record<string, unknown>) => ({ entityType: "process", entityId: id, processId: id, details });
const phase = rowCommands("process.update", "phase");
const milestone = rowCommands("process.update", "milestone");

export const createProcessCommand = command(
  "process.create",
  createProcessSchema,
  (tx, input, actor) => createProcess(tx, actor.id, input),
  (input, r) => onProcess(r.id, { title: input.title, slug: r.slug }),
);
export const updateProcessCommand = command("process.update", updateProcessSchema, updateProcess, (input) =>
  onProcess(input.processId, { change: "framework", title: input.title }),
);
export const changeProcessStatusCommand = command(
  "process.publish",
  changeStatusSchema,
  (tx, input) => changeProcessStatus(tx, input),
  (input) => onProcess(input.processId, { status: input.status }),
);
export const copyProcessCommand = command(
  "process.copy",
  copyProcessSchema,
  (tx, input, actor) => copyProcess(tx, actor.id, input),
  (input, r) => onProcess(r.id, { copiedFrom: input.processId, title: input.title }),
);

export const savePhaseCommand = phase(phaseSchema, savePhase, (_r, input) => ({ title: input.title, created: !input.phaseId }));
export const deletePhaseCommand = phase(phaseRefSchema, deletePhase, () => ({ deleted: true }));
export const movePhaseCommand = phase(movePhaseSchema, movePhase, (_r, input) => ({ moved: input.direction }));
export const saveMilestoneCommand = milestone(milestoneSchema, saveMilestone, (_r, input) => ({ title: input.title, created: !input.milestoneId }));
export const deleteMilestoneCommand = milestone(milestoneRefSchema, deleteMilestone, () => ({ deleted: true }));
