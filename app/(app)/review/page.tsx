import type { Metadata } from "next";
import Link from "next/link";
import { ReviewQueueTable } from "@/components/review/review-queue-table";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { listReviewQueue } from "@/db/reviews";
import { reviewQueueQuerySchema } from "@/lib/validation/review";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "Notes to review" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await pageContext({ roles: ["supervisor"] });
  const params = await searchParams;
  const { superviseeId } = reviewQueueQuerySchema.parse({ superviseeId: typeof params.superviseeId === "string" ? params.superviseeId : undefined });
  const queue = await listReviewQueue(ctx, { superviseeId });
  return (
    <>
      <PageTitle>Notes to review</PageTitle>
      <p className="mb-4 text-slate-700">
        Your supervisees&apos; signed notes, oldest first. Reviews are due within {queue.dueDays} {queue.dueDays === 1 ? "day" : "days"} of signing.
      </p>
      {queue.supervisees.length > 1 ? (
        <form action="/review" aria-label="Filter notes to review" className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-300 bg-white p-4">
          <div className="space-y-1">
            <label htmlFor="filter-supervisee" className="block text-sm font-semibold">
              Supervisee
            </label>
            <Select id="filter-supervisee" name="superviseeId" defaultValue={superviseeId ?? ""}>
              <option value="">All supervisees</option>
              {queue.supervisees.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit">Show</Button>
          <Link href="/review" className="text-brand-700 underline">
            Clear
          </Link>
        </form>
      ) : null}
      <ReviewQueueTable items={queue.items} dueDays={queue.dueDays} />
    </>
  );
}
