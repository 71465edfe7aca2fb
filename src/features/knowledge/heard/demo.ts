// Demo data for "Dette har vi hørt": a published DEMRE summary with three themes that follow
// demo topics (so the counts are live) and a few quotes picked from the sample inputs. Quotes
// go through publicText(), so a sample input the screening holds back is never chosen.
import type { Tx } from "@/lib/db";
import { publicText } from "../moderation/public-text";

type DemoTheme = { title: string; titleNn: string; topic: string; summary: string; summaryNn: string; usage: string; usageNn: string; quotes: string[] };

const INTRO =
  "Så langt i innsiktsfasen har vi snakket med over hundre innbyggere i Drammen: på benker og torg, i gjestebud, på seniorsentre, i ungdomsrådet og gjennom skjemaet på nett. Her er det viktigste vi har hørt så langt, tema for tema.";
const INTRO_NN =
  "Så langt i innsiktsfasen har vi snakka med over hundre innbyggjarar i Drammen: på benkar og torg, i gjestebod, på seniorsenter, i ungdomsrådet og gjennom skjemaet på nett. Her er det viktigaste vi har høyrt så langt, tema for tema.";
const USAGE =
  "Innspillene er grunnlaget for temaplanen for et aldersvennlig Drammen og folkehelseplanen. Administrasjonen legger fram et kunnskapsgrunnlag for politikerne før planene sendes på høring. Du kan følge innspillet ditt med kvitteringskoden.";
const USAGE_NN =
  "Innspela er grunnlaget for temaplanen for eit aldersvennleg Drammen og folkehelseplanen. Administrasjonen legg fram eit kunnskapsgrunnlag for politikarane før planane blir sende på høyring. Du kan følgje innspelet ditt med kvitteringskoden.";

const THEMES: DemoTheme[] = [
  {
    title: "Å komme seg fram",
    titleNn: "Å kome seg fram",
    topic: "transport",
    summary:
      "Mange forteller at bussen går for sjelden på kveldstid, særlig til Konnerud og Mjøndalen, og at holdeplasser mangler tak og benk. For noen betyr det at de slutter med aktiviteter de er glade i.",
    summaryNn:
      "Mange fortel at bussen går for sjeldan på kveldstid, særleg til Konnerud og Mjøndalen, og at haldeplassar manglar tak og benk. For nokre tyder det at dei sluttar med aktivitetar dei er glade i.",
    usage: "Vi tar innspillene med i dialogen med Brakar om kveldsruter og i planen for universelt utformede holdeplasser.",
    usageNn: "Vi tek innspela med i dialogen med Brakar om kveldsruter og i planen for universelt utforma haldeplassar.",
    quotes: ["i001", "i057", "i159"],
  },
  {
    title: "Møteplasser og fellesskap",
    titleNn: "Møteplassar og fellesskap",
    topic: "moteplasser",
    summary:
      "Seniorsentre, kafeer og benker er viktige steder å treffe folk. Flere ønsker lavterskel møteplasser i nærmiljøet, også for unge voksne som er nye i byen.",
    summaryNn:
      "Seniorsenter, kafear og benkar er viktige stader å treffe folk. Fleire ønskjer lågterskel møteplassar i nærmiljøet, også for unge vaksne som er nye i byen.",
    usage: "Møteplasser blir et eget innsatsområde i temaplanen, med bydelsvise tiltak.",
    usageNn: "Møteplassar blir eit eige innsatsområde i temaplanen, med tiltak i kvar bydel.",
    quotes: ["i143", "i031", "i199"],
  },
  {
    title: "Hjemmetjenester og pårørende",
    titleNn: "Heimetenester og pårørande",
    topic: "hjemmetjenester",
    summary:
      "Det som fungerer godt er faste team og forutsigbarhet. Det som skaper utrygghet er å ikke vite når hjelpen kommer. Pårørende ber om opplæring og avlastning.",
    summaryNn:
      "Det som fungerer godt, er faste team og føreseielegheit. Det som skaper utryggleik, er å ikkje vite når hjelpa kjem. Pårørande ber om opplæring og avlasting.",
    usage: "Erfaringene med faste team vurderes for flere bydeler, og pårørendes behov tas inn i pårørendestrategien.",
    usageNn: "Erfaringane med faste team blir vurderte for fleire bydelar, og behova til pårørande blir tekne inn i pårørandestrategien.",
    quotes: ["i161", "i089", "i189"],
  },
];

export async function seedHeardDemo(tx: Tx, { processId, today }: { processId: string; today: Date }) {
  const tags = await tx.tag.findMany({ where: { slug: { in: THEMES.map((t) => t.topic) } }, select: { id: true, slug: true } });
  const tagIds = new Map(tags.map((t) => [t.slug, t.id]));
  const inputs = await tx.input.findMany({
    where: { processId, externalRef: { in: THEMES.flatMap((t) => t.quotes) } },
    select: { id: true, externalRef: true, text: true, redactedText: true, flags: true, heldForReview: true, isHidden: true },
  });
  const quotable = new Map(inputs.filter((i) => publicText(i) !== null).map((i) => [i.externalRef, i.id]));
  const page = await tx.heardPage.create({
    data: { processId, intro: INTRO, introNn: INTRO_NN, usage: USAGE, usageNn: USAGE_NN, publishedAt: today },
    select: { id: true },
  });
  for (const [i, { topic, quotes, ...texts }] of THEMES.entries()) {
    const ids = quotes.flatMap((ref) => quotable.get(ref) ?? []);
    await tx.heardTheme.create({
      data: {
        ...texts,
        pageId: page.id,
        position: i + 1,
        tagId: tagIds.get(topic) ?? null,
        quotes: { create: ids.map((inputId, q) => ({ inputId, position: q + 1 })) },
      },
    });
  }
}
