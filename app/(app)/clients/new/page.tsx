import type { Metadata } from "next";
import { NewClientPageForm } from "@/components/clients/new-client-page-form";
import { Card, PageTitle } from "@/components/ui/card";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "New client" };

export default async function NewClientPage() {
  await pageContext({ roles: CLINICAL_ROLES });
  return (
    <Card className="max-w-2xl">
      <PageTitle>New client</PageTitle>
      <NewClientPageForm />
    </Card>
  );
}
