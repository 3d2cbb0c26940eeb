import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BillingCalculator } from "@/components/billing/billing-calculator";
import { CodeReference } from "@/components/codes/code-reference";
import { requestPracticeSettings } from "@/server/practice-settings";
import { IN_PERSON_PLACES_OF_SERVICE } from "@/lib/billing";
import { GUIDANCE_VERSION, getGuidance } from "@/lib/guidance";
import { pageContext } from "@/server/context";

type CodePageProps = { params: Promise<{ code: string }> };

// The calculator bills crisis time only (BILLING-RULES §2), so only the crisis codes carry it.
const CALCULATOR_CODES = new Set(["90839", "90840"]);

export async function generateMetadata({ params }: CodePageProps): Promise<Metadata> {
  const entry = getGuidance((await params).code);
  return { title: entry ? `${entry.code} ${entry.name}` : "Page not found" };
}

export default async function CodePage({ params }: CodePageProps) {
  // The sign-in check (and the layout) come first; the page itself reads no data-layer record.
  await pageContext();
  const entry = getGuidance((await params).code);
  if (!entry) notFound();
  const settings = await requestPracticeSettings();
  // A stored default outside the in-person list would make every calculation an error.
  const defaultPos = settings?.defaultPlaceOfService ?? "11";
  const calculator = CALCULATOR_CODES.has(entry.code) ? (
    <BillingCalculator
      timeZone={settings?.timeZone ?? "UTC"}
      defaultPlaceOfService={defaultPos in IN_PERSON_PLACES_OF_SERVICE ? defaultPos : "11"}
    />
  ) : undefined;
  return <CodeReference entry={entry} version={GUIDANCE_VERSION} calculator={calculator} />;
}
