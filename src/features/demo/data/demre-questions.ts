// «Til avklaring» in the DEMRE slides (../shared/seeds/000, "Til avklaring"): the four
// questions the group leaders' meeting on the frame proposal was asked, decided as the
// milestone's outcome says (a plausible demo assumption, not minutes), and the open questions
// of the next decision point (the summary of the insight phase).
export interface DemoQuestion {
  question: string;
  /** The decision; "" while open. */
  decided: string;
  isPublic: boolean;
}

export const DEMRE_QUESTIONS: readonly { milestoneTitle: string; questions: readonly DemoQuestion[] }[] = [
  {
    milestoneTitle: "Forslag til rammer og fremdrift",
    questions: [
      { question: "Kan rammene som er foreslått brukes i det videre arbeidet?", decided: "Ja. Rammene brukes i det videre arbeidet.", isPublic: true },
      {
        question: "Kan framdriftsplanen endres i tråd med forslaget? (Det innebærer blant annet at kommunestyret behandler rammene.)",
        decided: "Ja. Framdriftsplanen endres, og kommunestyret behandler rammene.",
        isPublic: true,
      },
      {
        question: "Bør alle i relevant hovedutvalg/kommunestyret være med å teste, eller skal det være opp til hver enkelt?",
        decided: "Det er opp til hver enkelt folkevalgt å være med å teste.",
        isPublic: true,
      },
      {
        question: "Er det noen målgrupper dere mener er særlig viktige å ha kontakt med i denne prosessen?",
        decided: "Eldre, pårørende og grupper som er berørt av utenforskap skal prioriteres.",
        isPublic: true,
      },
    ],
  },
  {
    milestoneTitle: "Oppsummering av innsiktsfasen",
    questions: [
      { question: "Hvilke behov og målgrupper skal prioriteres i idéutviklingen?", decided: "", isPublic: false },
      { question: "Hvilke former for involvering bør brukes videre?", decided: "", isPublic: false },
    ],
  },
];
