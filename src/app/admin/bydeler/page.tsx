import { DistrictsPage, type DistrictNotice } from "@/features/districts/components/districts-page";
import { requirePermission } from "@/lib/session";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ searchParams }: Props) {
  await requirePermission("form.manage", "/admin/bydeler");
  const q = await searchParams;
  const notice: DistrictNotice | undefined = q.slettet
    ? { kind: "deleted" }
    : q.lagtTil
      ? { kind: "added", districtId: q.lagtTil }
      : q.lagret
        ? { kind: "saved", districtId: q.lagret }
        : q.flyttet
          ? { kind: "moved", districtId: q.flyttet }
          : undefined;
  return <DistrictsPage notice={notice} />;
}
