import type { Metadata } from "next";
import { CodeSearch } from "@/components/codes/code-search";
import { PageTitle } from "@/components/ui/card";
import { GUIDANCE_VERSION } from "@/lib/guidance";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "Codes" };

type CodesPageProps = { searchParams: Promise<{ q?: string | string[] }> };

export default async function CodesPage({ searchParams }: CodesPageProps) {
  await pageContext();
  const { q } = await searchParams;
  // A repeated ?q= keeps the first value; the query is a code or words, never client data.
  const initialQuery = (Array.isArray(q) ? q[0] : q) ?? "";
  return (
    <>
      <PageTitle>Code reference</PageTitle>
      <p className="-mt-4 mb-6 text-sm text-slate-700">
        Guidance for crisis psychotherapy and neighbouring codes · Guidance version {GUIDANCE_VERSION}
      </p>
      <CodeSearch initialQuery={initialQuery} />
    </>
  );
}
