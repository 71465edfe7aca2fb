"use server";
// Form actions of /admin/befolkning. The import reads the uploaded file's bytes itself (UTF-8 or
// Windows-1252, see ssb-csv.ts), checks it through the gate, and only a clean file is imported;
// the problems come back next to the file field, each naming its line.
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { type ActionState, formDataToObject, runAction } from "@/lib/action";
import { LOCALE_COOKIE, toUiLocale } from "@/lib/i18n/config";
import { translateKey } from "@/lib/i18n/translator";
import { serverAction } from "@/lib/server-action";
import { getSessionUser } from "@/lib/session";
import { type ImportedPopulation, type SavedPopulation, checkPopulationCommand, importPopulationCommand, savePopulationCommand } from "./commands";
import { decodeText } from "./ssb-csv";

const refresh = () => revalidatePath("/", "layout");

export async function importPopulationAction(_prev: ActionState<ImportedPopulation>, fd: FormData): Promise<ActionState<ImportedPopulation>> {
  const upload = fd.get("file");
  fd.delete("file");
  const { input, values } = formDataToObject(fd);
  const file = upload instanceof File && upload.size > 0 ? upload : null;
  input.file = file ? decodeText(new Uint8Array(await file.arrayBuffer())) : "";
  const [user, store] = await Promise.all([getSessionUser(), cookies()]);
  const locale = toUiLocale(store.get(LOCALE_COOKIE)?.value);
  const check = await runAction(checkPopulationCommand, { userId: user?.id, mustChangePassword: user?.mustChangePassword, input, values, locale });
  if (check.status !== "success") return check as ActionState<never>;
  if (!check.data.ok) {
    const problems = check.data.problems.map((p) => translateKey(locale, p.key, p.values)).join(" ");
    return { status: "error", message: translateKey(locale, "errors.invalid", { count: 1 }), fieldErrors: { file: problems }, values, requestId: "" };
  }
  const state = await runAction(importPopulationCommand, { userId: user?.id, mustChangePassword: user?.mustChangePassword, input, values, locale });
  if (state.status === "success") {
    refresh();
    const d = state.data;
    return {
      ...state,
      message: translateKey(locale, "population.import.done", {
        years: d.years.join(", "),
        rows: d.rows,
        districts: d.districts,
        municipality: d.municipality ? 1 : 0,
      }),
    };
  }
  return state;
}

const save = serverAction(savePopulationCommand, refresh);
export async function savePopulationAction(prev: ActionState<SavedPopulation>, fd: FormData) {
  return save(prev, fd);
}
