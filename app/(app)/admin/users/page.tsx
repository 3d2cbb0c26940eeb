import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { type UserSummary, listUsers } from "@/db/users";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "Users" };

function status(user: UserSummary): string {
  if (!user.active) return "Deactivated";
  if (user.locked) return "Locked (too many failed sign-ins)";
  if (user.mustChangePassword) return "Active · temporary password";
  return "Active";
}

export default async function UsersPage() {
  const ctx = await pageContext({ roles: ["admin"] });
  const users = await listUsers(ctx);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <PageTitle>Users</PageTitle>
        <Button asChild>
          <Link href="/admin/users/new">Add user</Link>
        </Button>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Users of the practice</caption>
          <thead className="bg-slate-100 text-sm">
            <tr>
              <th scope="col" className="px-4 py-3">Name</th>
              <th scope="col" className="px-4 py-3">Email</th>
              <th scope="col" className="px-4 py-3">Role</th>
              <th scope="col" className="px-4 py-3">Supervisor</th>
              <th scope="col" className="px-4 py-3">Status</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-t border-slate-200">
                <th scope="row" className="px-4 py-3 font-medium">
                  <Link href={`/admin/users/${user.id}`} className="text-brand-700 underline">
                    {user.name}
                  </Link>
                  {user.credentials ? <span className="text-slate-700">, {user.credentials}</span> : null}
                </th>
                <td className="px-4 py-3">{user.email}</td>
                <td className="px-4 py-3">{ROLE_LABELS[user.role]}</td>
                <td className="px-4 py-3">{user.supervisorName ?? "—"}</td>
                <td className="px-4 py-3">{status(user)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
