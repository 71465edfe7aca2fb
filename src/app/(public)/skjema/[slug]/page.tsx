import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicFormPage } from "@/features/forms/components/public-form-page";
import { getPublicForm } from "@/features/forms/queries";
import { type FormTexts, textsFor } from "@/features/forms/types";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const form = await getPublicForm((await params).slug);
  return { title: form ? textsFor<NonNullable<FormTexts["nb"]>>(form.texts, "nb")?.title : undefined };
}

export default async function Page({ params, searchParams }: Props) {
  const form = await getPublicForm((await params).slug);
  if (!form) notFound();
  return <PublicFormPage form={form} language={(await searchParams).sprak} />;
}
