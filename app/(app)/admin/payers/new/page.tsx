import type { Metadata } from "next";
import { CreatePayerForm } from "@/components/admin/payer-form";
import { Card, PageTitle } from "@/components/ui/card";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "New payer" };

export default async function NewPayerPage() {
  await pageContext({ roles: ["admin"] });
  return (
    <>
      <PageTitle>New payer</PageTitle>
      <Card>
        <CreatePayerForm />
      </Card>
    </>
  );
}
