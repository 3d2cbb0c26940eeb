import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SetupForm } from "@/components/auth/setup-form";
import { Card, PageTitle } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { isPracticeSetUp } from "@/db/practice";
import { timeZoneOptions } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Set up the practice" };

export default async function SetupPage() {
  // Decided per request, never at build time: the database is only known when the server runs.
  await connection();
  // Once the practice exists this page is gone for good.
  if (await isPracticeSetUp({ db: getDb() })) notFound();
  const serverZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <Card>
      <PageTitle>Set up your practice</PageTitle>
      <p className="mb-6 text-slate-700">
        Name the practice, choose its time zone (dates of service and billing days follow it) and create the first
        admin account.
      </p>
      <SetupForm timeZones={timeZoneOptions()} defaultTimeZone={serverZone} />
    </Card>
  );
}
