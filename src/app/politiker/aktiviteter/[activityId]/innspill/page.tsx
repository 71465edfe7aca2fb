import { titleFrom } from "@/components/route-page";
import { RecordPage, type RecordParams } from "@/features/inputs/recording/components/record-page";
import { recordingPath } from "@/features/inputs/recording/paths";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("recording");

type Props = { params: Promise<{ activityId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function Page({ params, searchParams }: Props) {
  const { activityId } = await params;
  // input.record: politicians, and the administration (which may record for any activity).
  const user = await requirePermission("input.record", recordingPath(activityId));
  const q = await searchParams;
  const keys = ["lagret", "slettet", "kategori", "malgruppe", "bydel", "sprak", "etter"] as const;
  const wanted: RecordParams = Object.fromEntries(keys.map((k) => [k, single(q[k])]));
  return <RecordPage user={user} activityId={activityId} params={wanted} />;
}
