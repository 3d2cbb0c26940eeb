import type { ChecklistItem } from "@/lib/guidance";

/** What a crisis note must hold before signing (BILLING-RULES §5), with the reason for each. */
export function DocumentationChecklist({ items }: { items: readonly ChecklistItem[] }) {
  return (
    <ol className="list-decimal space-y-2 pl-6">
      {items.map((item) => (
        <li key={item.id}>
          <span className="font-semibold">{item.label}</span>
          <span className="block text-sm text-slate-700">{item.why}</span>
          {item.requiredWhen ? <span className="block text-sm font-medium">Required when: {item.requiredWhen}</span> : null}
        </li>
      ))}
    </ol>
  );
}
