import Link from "next/link";

/** In-page links to each section: the reference page is long and mostly read for one part. */
export function OnThisPage({ sections }: { sections: readonly { id: string; title: string }[] }) {
  return (
    <nav aria-labelledby="on-this-page-heading" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="on-this-page-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-700">
        On this page
      </h2>
      <ul className="columns-2 gap-6 text-sm sm:columns-3 lg:columns-1">
        {sections.map((section) => (
          <li key={section.id} className="py-0.5">
            <Link href={`#${section.id}`} className="text-brand-700 underline-offset-4 hover:underline">
              {section.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
