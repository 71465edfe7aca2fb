import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { PublicFormPage } from "@/features/forms/components/public-form-page";
import { getPublicForm } from "@/features/forms/queries";
import { completeLanguages, textsFor, type FormTexts } from "@/features/forms/types";
import { FORM_RETRY_HEADER, takeFormState } from "@/features/inputs/submit/form-retry";
import { LANGUAGE_PARAM } from "@/lib/i18n/config";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const form = await getPublicForm((await params).slug);
  if (!form) return {};
  const asked = (await searchParams)[LANGUAGE_PARAM] ?? (await getLocale());
  const locale = completeLanguages(form).find((l) => l === asked) ?? "nb";
  return { title: textsFor<NonNullable<FormTexts["nb"]>>(form.texts, locale)?.title };
}

export default async function Page({ params, searchParams }: Props) {
  const form = await getPublicForm((await params).slug);
  if (!form) pageNotFound("form");
  // A failed post comes back through the submit handler, which renders this page with a token.
  const retry = takeFormState((await headers()).get(FORM_RETRY_HEADER));
  return <PublicFormPage form={form} language={(await searchParams)[LANGUAGE_PARAM]} retry={retry} />;
}
