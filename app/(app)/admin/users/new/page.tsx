import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { Card, PageTitle } from "@/components/ui/card";
import { listSupervisorOptions } from "@/db/users";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "New user" };

export default async function NewUserPage() {
  const ctx = await pageContext({ roles: ["admin"] });
  return (
    <Card className="max-w-2xl">
      <PageTitle>New user</PageTitle>
      <CreateUserForm supervisors={await listSupervisorOptions(ctx)} />
    </Card>
  );
}
