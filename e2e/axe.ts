import AxeBuilder from "@axe-core/playwright";
import { type Page, expect } from "@playwright/test";

/** A rule left out on one page, with the reason written down where the check is made. */
export type KnownException = { path: RegExp; rule: string; reason: string };

/** Rules left out on a page, each with its reason. None today: every page passes every rule. */
export const KNOWN_EXCEPTIONS: readonly KnownException[] = [];

type Violation = { id: string; impact?: string | null; help: string; nodes: { target: unknown; failureSummary?: string }[] };

const describe = (violations: readonly Violation[]) =>
  violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`).join("\n")}`).join("\n");

/**
 * Runs axe (WCAG 2.0–2.2 A/AA and best practices) on the page as it is now and fails on any
 * serious or critical violation, naming the rule and the elements.
 */
export async function expectNoSeriousViolations(page: Page, label = new URL(page.url()).pathname): Promise<void> {
  const path = new URL(page.url()).pathname;
  const skipped = KNOWN_EXCEPTIONS.filter((e) => e.path.test(path)).map((e) => e.rule);
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]);
  const results = await (skipped.length > 0 ? builder.disableRules(skipped) : builder).analyze();
  const serious = (results.violations as Violation[]).filter((v) => v.impact === "serious" || v.impact === "critical");
  // Soft: one run reports every page with a violation, not just the first.
  expect.soft(serious, `axe on ${label}:\n${describe(serious)}`).toEqual([]);
}
