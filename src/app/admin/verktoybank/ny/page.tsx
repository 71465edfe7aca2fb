import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MethodCreatePage } from "@/features/methods/components/method-create-page";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("methods.create"))("title") };
}

export default async function Page() {
  await requirePermission("area.admin", "/admin/verktoybank/ny");
  return <MethodCreatePage />;
}
