"use client";

import { focusField } from "./focus-field";

export type MissingLine = { field: string; message: string };

/** What still blocks signing; each line moves focus to the field that fixes it. */
export function MissingList({ items }: { items: readonly MissingLine[] }) {
  if (items.length === 0) {
    return <p className="font-medium text-green-800">✓ Everything needed for signing is filled in.</p>;
  }
  return (
    <div className="space-y-2">
      <h3 className="text-base font-bold">{`Still to complete before signing (${items.length})`}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {items.map((item) => (
          <li key={`${item.field}:${item.message}`}>
            {item.field === "credentials" ? (
              item.message
            ) : (
              <button type="button" onClick={() => focusField(item.field)} className="min-h-8 text-left text-brand-700 underline underline-offset-2 hover:text-brand-800">
                {item.message}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
