import type { Metadata } from "next";
import Link from "next/link";
import { EditPayerForm } from "@/components/admin/payer-form";
import { PayerStatusControl } from "@/components/admin/payer-status-control";
import { Card, PageTitle } from "@/components/ui/card";
import { getPayer } from "@/db/payers";
import { pageContext } from "@/server/context";
import { orNotFound } from "@/server/not-found";

export const metadata: Metadata = { title: "Payer" };

export default async function PayerPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageContext({ roles: ["admin"] });
  const { id } = await params;
  const payer = await orNotFound(() => getPayer(ctx, id));
  return (
    <>
      <PageTitle>{payer.name}</PageTitle>
      <p className="mb-4">
        <Link href="/admin/payers" className="text-brand-700 underline">
          Back to payers
        </Link>{" "}
        · {payer.clientCount} {payer.clientCount === 1 ? "client" : "clients"} · {payer.active ? "active" : "deactivated"}
      </p>
      <div className="space-y-6">
        <Card>
          <EditPayerForm payer={payer} />
        </Card>
        <PayerStatusControl payer={payer} />
      </div>
    </>
  );
}
