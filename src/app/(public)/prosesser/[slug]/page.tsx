import type { Metadata } from "next";
import { getPublicProcess } from "@/features/processes/queries";
import { pageNotFound } from "@/lib/missing-pages";
import { ProcessWithParts } from "../process-with-parts";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const process = await getPublicProcess((await params).slug);
  return { title: process?.title };
}

export default async function Page({ params }: Props) {
  const process = await getPublicProcess((await params).slug);
  if (!process) pageNotFound("process");
  return <ProcessWithParts process={process} />;
}
