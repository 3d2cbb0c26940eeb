import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { isClinical } from "@/lib/auth/roles";
import { pageContext } from "@/lib/server/context";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const { actor } = await pageContext();
  return (
    <>
      <PageTitle>{`Welcome, ${actor.name}`}</PageTitle>
      {isClinical(actor.role) ? (
        <Card aria-labelledby="sessions-heading">
          <h2 id="sessions-heading" className="text-lg font-semibold">
            Your crisis sessions
          </h2>
          <p className="mt-2 text-slate-700">No crisis sessions yet. Running sessions, drafts and returned notes will appear here.</p>
        </Card>
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
