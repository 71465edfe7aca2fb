// Messages per language, one JSON file per namespace under messages/<locale>/.
// Static imports so the bundler includes them; add a namespace in nb and en.
// Nynorsk (nn) covers what citizens see; it is bokmål with the nn files laid over it, so a
// staff-only namespace (or a key not yet translated) falls back to bokmål, never to a bare key.
import enAccounts from "../../../messages/en/accounts.json";
import enActivities from "../../../messages/en/activities.json";
import enAdmin from "../../../messages/en/admin.json";
import enAreas from "../../../messages/en/areas.json";
import enAudit from "../../../messages/en/audit.json";
import enAuth from "../../../messages/en/auth.json";
import enCalendar from "../../../messages/en/calendar.json";
import enCommon from "../../../messages/en/common.json";
import enErrors from "../../../messages/en/errors.json";
import enEvaluations from "../../../messages/en/evaluations.json";
import enFormBuilder from "../../../messages/en/formBuilder.json";
import enForms from "../../../messages/en/forms.json";
import enGroupLeader from "../../../messages/en/groupLeader.json";
import enHeard from "../../../messages/en/heard.json";
import enHome from "../../../messages/en/home.json";
import enInbox from "../../../messages/en/inbox.json";
import enInputTransfer from "../../../messages/en/inputTransfer.json";
import enKnowledge from "../../../messages/en/knowledge.json";
import enKnowledgeModeration from "../../../messages/en/knowledgeModeration.json";
import enKnowledgeReport from "../../../messages/en/knowledgeReport.json";
import enKnowledgeSearch from "../../../messages/en/knowledgeSearch.json";
import enKnowledgeSuggestions from "../../../messages/en/knowledgeSuggestions.json";
import enKnowledgeTriage from "../../../messages/en/knowledgeTriage.json";
import enLegal from "../../../messages/en/legal.json";
import enMail from "../../../messages/en/mail.json";
import enMethods from "../../../messages/en/methods.json";
import enPopulation from "../../../messages/en/population.json";
import enPrivacy from "../../../messages/en/privacy.json";
import enProcess from "../../../messages/en/process.json";
import enProcesses from "../../../messages/en/processes.json";
import enRecording from "../../../messages/en/recording.json";
import enSignups from "../../../messages/en/signups.json";
import enSso from "../../../messages/en/sso.json";
import enSubmission from "../../../messages/en/submission.json";
import enTargetGroups from "../../../messages/en/targetGroups.json";
import enValidation from "../../../messages/en/validation.json";
import nbAccounts from "../../../messages/nb/accounts.json";
import nbActivities from "../../../messages/nb/activities.json";
import nbAdmin from "../../../messages/nb/admin.json";
import nbAreas from "../../../messages/nb/areas.json";
import nbAudit from "../../../messages/nb/audit.json";
import nbAuth from "../../../messages/nb/auth.json";
import nbCalendar from "../../../messages/nb/calendar.json";
import nbCommon from "../../../messages/nb/common.json";
import nbErrors from "../../../messages/nb/errors.json";
import nbEvaluations from "../../../messages/nb/evaluations.json";
import nbFormBuilder from "../../../messages/nb/formBuilder.json";
import nbForms from "../../../messages/nb/forms.json";
import nbGroupLeader from "../../../messages/nb/groupLeader.json";
import nbHeard from "../../../messages/nb/heard.json";
import nbHome from "../../../messages/nb/home.json";
import nbInbox from "../../../messages/nb/inbox.json";
import nbInputTransfer from "../../../messages/nb/inputTransfer.json";
import nbKnowledge from "../../../messages/nb/knowledge.json";
import nbKnowledgeModeration from "../../../messages/nb/knowledgeModeration.json";
import nbKnowledgeReport from "../../../messages/nb/knowledgeReport.json";
import nbKnowledgeSearch from "../../../messages/nb/knowledgeSearch.json";
import nbKnowledgeSuggestions from "../../../messages/nb/knowledgeSuggestions.json";
import nbKnowledgeTriage from "../../../messages/nb/knowledgeTriage.json";
import nbLegal from "../../../messages/nb/legal.json";
import nbMail from "../../../messages/nb/mail.json";
import nbMethods from "../../../messages/nb/methods.json";
import nbPopulation from "../../../messages/nb/population.json";
import nbPrivacy from "../../../messages/nb/privacy.json";
import nbProcess from "../../../messages/nb/process.json";
import nbProcesses from "../../../messages/nb/processes.json";
import nbRecording from "../../../messages/nb/recording.json";
import nbSignups from "../../../messages/nb/signups.json";
import nbSso from "../../../messages/nb/sso.json";
import nbSubmission from "../../../messages/nb/submission.json";
import nbTargetGroups from "../../../messages/nb/targetGroups.json";
import nbValidation from "../../../messages/nb/validation.json";
import nnAreas from "../../../messages/nn/areas.json";
import nnCommon from "../../../messages/nn/common.json";
import nnErrors from "../../../messages/nn/errors.json";
import nnForms from "../../../messages/nn/forms.json";
import nnGroupLeader from "../../../messages/nn/groupLeader.json";
import nnHeard from "../../../messages/nn/heard.json";
import nnHome from "../../../messages/nn/home.json";
import nnLegal from "../../../messages/nn/legal.json";
import nnMail from "../../../messages/nn/mail.json";
import nnPrivacy from "../../../messages/nn/privacy.json";
import nnProcess from "../../../messages/nn/process.json";
import nnSso from "../../../messages/nn/sso.json";
import nnSubmission from "../../../messages/nn/submission.json";
import nnValidation from "../../../messages/nn/validation.json";
import type { UiLocale } from "./config";

const nb = {
  auth: nbAuth,
  common: nbCommon,
  errors: nbErrors,
  home: nbHome,
  legal: nbLegal,
  process: nbProcess,
  areas: nbAreas,
  validation: nbValidation,
  forms: nbForms,
  admin: nbAdmin,
  processes: nbProcesses,
  methods: nbMethods,
  targetGroups: nbTargetGroups,
  activities: nbActivities,
  signups: nbSignups,
  formBuilder: nbFormBuilder,
  inbox: nbInbox,
  inputTransfer: nbInputTransfer,
  recording: nbRecording,
  calendar: nbCalendar,
  evaluations: nbEvaluations,
  accounts: nbAccounts,
  knowledge: nbKnowledge,
  knowledgeSearch: nbKnowledgeSearch,
  knowledgeTriage: nbKnowledgeTriage,
  audit: nbAudit,
  knowledgeSuggestions: nbKnowledgeSuggestions,
  knowledgeModeration: nbKnowledgeModeration,
  knowledgeReport: nbKnowledgeReport,
  heard: nbHeard,
  groupLeader: nbGroupLeader,
  sso: nbSso,
  privacy: nbPrivacy,
  population: nbPopulation,
  submission: nbSubmission,
  mail: nbMail,
};

export type Messages = typeof nb;

const en: Messages = {
  auth: enAuth,
  common: enCommon,
  errors: enErrors,
  home: enHome,
  legal: enLegal,
  process: enProcess,
  areas: enAreas,
  validation: enValidation,
  forms: enForms,
  admin: enAdmin,
  processes: enProcesses,
  methods: enMethods,
  targetGroups: enTargetGroups,
  activities: enActivities,
  signups: enSignups,
  formBuilder: enFormBuilder,
  inbox: enInbox,
  inputTransfer: enInputTransfer,
  recording: enRecording,
  calendar: enCalendar,
  evaluations: enEvaluations,
  accounts: enAccounts,
  knowledge: enKnowledge,
  knowledgeSearch: enKnowledgeSearch,
  knowledgeTriage: enKnowledgeTriage,
  audit: enAudit,
  knowledgeSuggestions: enKnowledgeSuggestions,
  knowledgeModeration: enKnowledgeModeration,
  knowledgeReport: enKnowledgeReport,
  heard: enHeard,
  groupLeader: enGroupLeader,
  sso: enSso,
  privacy: enPrivacy,
  population: enPopulation,
  submission: enSubmission,
  mail: enMail,
};

type Tree = { [key: string]: unknown };
const isTree = (v: unknown): v is Tree => typeof v === "object" && v !== null && !Array.isArray(v);

/** `over` laid on `base`: objects merge key by key; strings and lists (legal sections) replace. */
export function deepMerge<T>(base: T, over: unknown): T {
  if (!isTree(base) || !isTree(over)) return (over ?? base) as T;
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = key in base ? deepMerge(base[key], value) : value;
  return out as T;
}

const nn: Messages = deepMerge(nb, {
  areas: nnAreas,
  common: nnCommon,
  errors: nnErrors,
  forms: nnForms,
  home: nnHome,
  legal: nnLegal,
  process: nnProcess,
  validation: nnValidation,
  heard: nnHeard,
  groupLeader: nnGroupLeader,
  sso: nnSso,
  privacy: nnPrivacy,
  submission: nnSubmission,
  mail: nnMail,
});

export const MESSAGES: Record<UiLocale, Messages> = { nb, nn, en };
