import type { Metadata } from "next";
import Link from "next/link";
import { ClinicianDashboard } from "@/components/dashboard/clinician-dashboard";
import { Card, PageTitle } from "@/components/ui/card";
import { getDashboard } from "@/db/sessions";
import { isClinical } from "@/lib/auth/roles";
import { pageContext, requestSignedInArea } from "@/server/context";
import { requestPracticeSettings } from "@/server/practice-settings";
import { startOfLocalWeek } from "@/lib/time/local";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const ctx = await pageContext();
  const { actor } = ctx;
  const timeZone = (await requestPracticeSettings())?.timeZone ?? "UTC";
  return (
    <>
      <PageTitle>{`Welcome, ${actor.name}`}</PageTitle>
      {isClinical(actor.role) ? (
        <ClinicianDashboard
          dashboard={await getDashboard(ctx, startOfLocalWeek(new Date(), timeZone))}
          timeZone={timeZone}
          reviewCount={(await requestSignedInArea()).reviewCount}
        />
      ) : (
        <Card aria-labelledby="admin-heading">
          <h2 id="admin-heading" className="text-lg font-semibold">
            Practice administration
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>
              <Link className="text-brand-700 underline" href="/admin/users">
                Manage users
              </Link>
            </li>
            <li>
              <Link className="text-brand-700 underline" href="/admin/practice">
                Practice settings
              </Link>
            </li>
            <li>
              <Link className="text-brand-700 underline" href="/admin/audit">
                Audit log
              </Link>
            </li>
          </ul>
        </Card>
      )}
    </>
  );
}
