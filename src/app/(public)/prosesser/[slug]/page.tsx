import type { Metadata } from "next";
import { ProcessForms } from "@/features/forms/components/process-forms";
import { PublicDecisions } from "@/features/group-leader/components/public-decisions";
import { HeardLink } from "@/features/knowledge/heard/components/heard-link";
import { ProcessPage } from "@/features/processes/components/process-page";
import { getPublicProcess } from "@/features/processes/queries";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const process = await getPublicProcess((await params).slug);
  return { title: process?.title };
}

export default async function Page({ params }: Props) {
  const process = await getPublicProcess((await params).slug);
  if (!process) pageNotFound("process");
  return (
    <ProcessPage
      process={process}
      slots={{
        forms: <ProcessForms processId={process.id} />,
        heard: <HeardLink processSlug={process.slug} processTitle={process.title} variant="process" />,
        decisions: <PublicDecisions processId={process.id} />,
      }}
    />
  );
}
