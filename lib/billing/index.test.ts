import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import * as billing from "@/lib/billing";

describe("lib/billing public API", () => {
  it("exports the entry points, the error and the warning codes", () => {
    expect(typeof billing.computeCrisisBilling).toBe("function");
    expect(typeof billing.summarizeDay).toBe("function");
    expect(new billing.BillingInputError("OVERLAP", "x")).toBeInstanceOf(Error);
    expect(new billing.BillingInputError("OVERLAP", "x").name).toBe("BillingInputError");
    expect(billing.WARNING_CODES).toEqual([
      "BELOW_MINIMUM",
      "BELOW_CRISIS_MINIMUM",
      "CROSSES_MIDNIGHT",
      "SAME_DAY_CONFLICT",
      "SCHEDULED_VISIT",
    ]);
  });

  it("stays framework-free: imports only luxon, its own files and test tooling", () => {
    const dir = fileURLToPath(new URL(".", import.meta.url));
    const allowed = /^(\.\/|luxon$|vitest$|fast-check$|node:|@\/lib\/billing$)/;
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
      const source = readFileSync(`${dir}/${file}`, "utf8");
      const specifiers = [...source.matchAll(/ from "([^"]+)";$/gm)].map((m) => m[1] ?? "");
      expect(specifiers.filter((s) => !allowed.test(s)), file).toEqual([]);
    }
  });
});
