import type { Metadata } from "next";
import { PracticeSettingsForm } from "@/components/admin/practice-settings-form";
import { Card, PageTitle } from "@/components/ui/card";
import { getPracticeSettings } from "@/db/practice";
import { pageContext } from "@/server/context";
import { timeZoneOptions } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Practice settings" };

export default async function PracticeSettingsPage() {
  const ctx = await pageContext({ roles: ["admin"] });
  const settings = await getPracticeSettings(ctx);
  if (!settings) throw new Error("Practice settings missing after setup");
  return (
    <Card className="max-w-2xl">
      <PageTitle>Practice settings</PageTitle>
      <PracticeSettingsForm settings={settings} timeZones={timeZoneOptions()} />
    </Card>
  );
}
