import Link from "next/link";
import type { ReactNode } from "react";
import { PageTitle } from "@/components/ui/card";
import type { GuidanceEntry } from "@/lib/guidance";
import { GuidanceSection } from "./guidance-section";
import { OnThisPage } from "./on-this-page";
import { referenceSections } from "./reference-sections";

const CATEGORY_LABELS: Record<GuidanceEntry["category"], string> = {
  crisis: "Crisis psychotherapy",
  psychotherapy: "Psychotherapy",
  "add-on": "Add-on code",
  evaluation: "Psychiatric evaluation",
  family: "Family psychotherapy",
  group: "Group psychotherapy",
};

type CodeReferenceProps = { entry: GuidanceEntry; version: string; calculator?: ReactNode };

/** A whole reference page: title, section links beside the sections on wide screens. */
export function CodeReference({ entry, version, calculator }: CodeReferenceProps) {
  const sections = referenceSections(entry, calculator);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/codes" className="text-brand-700 underline underline-offset-4">
          All codes
        </Link>
      </p>
      <PageTitle>{`${entry.code} · ${entry.name}`}</PageTitle>
      <p className="-mt-4 mb-6 text-sm text-slate-700">
        {CATEGORY_LABELS[entry.category]} · Guidance version {version}
      </p>
      <div className="grid gap-6 lg:grid-cols-[14rem_1fr] lg:items-start">
        <div className="lg:sticky lg:top-4">
          <OnThisPage sections={sections} />
        </div>
        <div className="min-w-0 space-y-6">
          {sections.map((section) => (
            <GuidanceSection key={section.id} id={section.id} title={section.title}>
              {section.body}
            </GuidanceSection>
          ))}
        </div>
      </div>
    </>
  );
}
