import type { Metadata } from "next";
import Link from "next/link";
import { AccountControls } from "@/components/admin/account-controls";
import { EditUserForm } from "@/components/admin/edit-user-form";
import { Card, PageTitle } from "@/components/ui/card";
import { getUser, listSupervisorOptions } from "@/db/users";
import { pageContext } from "@/server/context";
import { orNotFound } from "@/server/not-found";

export const metadata: Metadata = { title: "Edit user" };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageContext({ roles: ["admin"] });
  const { id } = await params;
  const user = await orNotFound(() => getUser(ctx, id));
  return (
    <div className="max-w-2xl space-y-6">
      <Link href="/admin/users" className="text-brand-700 underline">
        ← All users
      </Link>
      <Card>
        <PageTitle>{user.name}</PageTitle>
        <p className="mb-6 text-slate-700">{user.email}</p>
        <EditUserForm user={user} supervisors={(await listSupervisorOptions(ctx)).filter((s) => s.id !== user.id)} />
      </Card>
      <AccountControls user={user} isSelf={user.id === ctx.actor.id} />
    </div>
  );
}
