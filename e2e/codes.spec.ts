import { type Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

// The reference page's sections, in order (issue 3, "Must show"). "Anesthesia or sedation" is left
// out: every code here is a talk therapy, and a section only to say "None" is noise (issue 12).
const SECTION_HEADINGS = [
  "Summary", "Purpose", "Indications", "Preparation", "Procedure", "Tools and equipment", "Duration", "Setting", "Personnel", "Risks and complications", "Benefits",
  "Recovery", "Alternatives", "Patient experience", "Payer policy notes", "Similar codes",
];

function results(page: Page) {
  return page.getByRole("list", { name: "Matching codes" }).getByRole("listitem");
}

function calculatorResult(page: Page) {
  return page.getByRole("region", { name: "Result" });
}

test("searching “crisis” lists the crisis codes first, and the query survives a reload", async ({ page, therapist }) => {
  await signIn(page, therapist);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Codes" }).click();
  await expect(page.getByRole("heading", { name: "Code reference", level: 1 })).toBeVisible();
  await expect(page.getByText(/Guidance version \d{4}\.\d{2}\.\d+/)).toBeVisible();

  await test.step("When I type “crisis”, 90839 then 90840 lead the list", async () => {
    await page.getByLabel("Search codes").fill("crisis");
    await expect(results(page).nth(0).getByRole("link")).toHaveAccessibleName(/^90839 /);
    await expect(results(page).nth(1).getByRole("link")).toHaveAccessibleName(/^90840 /);
    await expect(results(page).nth(0)).toContainText("Matched in the name");
    await expect(page).toHaveURL(/\/codes\?q=crisis$/);
  });

  await test.step("Then a reload keeps the query and the ranking", async () => {
    await page.reload();
    await expect(page.getByLabel("Search codes")).toHaveValue("crisis");
    await expect(results(page).nth(0).getByRole("link")).toHaveAccessibleName(/^90839 /);
  });

  await test.step("When nothing matches, the page says so and suggests searches", async () => {
    await page.getByLabel("Search codes").fill("xyz");
    await expect(
      page.getByText("No codes match “xyz”. Try a code like 90839 or words like crisis, family, interactive complexity."),
    ).toBeVisible();
    await expect(results(page)).toHaveCount(0);
  });
});

test("the results can be walked and opened with the keyboard", async ({ page, therapist }) => {
  await signIn(page, therapist);
  await page.goto("/codes");
  const search = page.getByLabel("Search codes");
  await search.fill("family");
  await search.press("ArrowDown");
  await expect(results(page).nth(0).getByRole("link")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(results(page).nth(1).getByRole("link")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(search).toBeFocused();
  await search.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/codes\/90846$/);
  await expect(page.getByRole("heading", { level: 1, name: /^90846 / })).toBeVisible();
});

test("/codes/90840 shows every section of the reference page", async ({ page, therapist }) => {
  await signIn(page, therapist);
  await page.goto("/codes/90840");
  await expect(page).toHaveTitle(/90840/);
  for (const heading of SECTION_HEADINGS) {
    await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Anesthesia or sedation" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: "Coping and safety plan template" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /^Step \d:/ })).toHaveCount(7);
  await expect(page.getByRole("heading", { level: 2, name: "Documentation checklist" })).toBeVisible();
  await expect(page.getByRole("table", { name: /lines they bill/ }).getByRole("rowheader", { name: "105–134" })).toBeVisible();
  const similar = page.getByRole("region", { name: "Similar codes" });
  await similar.getByRole("link", { name: /^90839 / }).click();
  await expect(page).toHaveURL(/\/codes\/90839$/);
});

test("the calculator bills 75 minutes as 90839 + 90840 ×1, next threshold at 105", async ({ page, therapist }) => {
  await signIn(page, therapist);
  await page.goto("/codes/90839");
  const calculator = page.getByRole("form", { name: "Billing calculator" });

  await test.step("When I enter 75 total minutes in person", async () => {
    await calculator.getByRole("textbox", { name: "Total crisis minutes" }).fill("75");
  });

  await test.step("Then I see one 90839 and one 90840 and the next threshold", async () => {
    const result = calculatorResult(page);
    await expect(result.getByText("Counted time: 75 minutes")).toBeVisible();
    const rows = result.getByRole("table", { name: "Billing lines" }).getByRole("row");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1).getByRole("cell")).toHaveText(["90839", "1", "None", "11 · Office"]);
    await expect(rows.nth(2).getByRole("cell")).toHaveText(["90840", "1", "None", "11 · Office"]);
    await expect(result.getByText("30 more minutes reaches 90840 ×2 at 105 minutes in total.")).toBeVisible();
  });

  await test.step("Video from home changes the place of service and modifier", async () => {
    await calculator.getByRole("radio", { name: "Video" }).check();
    await calculator.getByRole("checkbox", { name: "Client at home" }).check();
    const rows = calculatorResult(page).getByRole("table", { name: "Billing lines" }).getByRole("row");
    await expect(rows.nth(1).getByRole("cell")).toHaveText(["90839", "1", "95", "10 · Telehealth, client at home"]);
  });

  await test.step("An invalid number is a field error, not a crash", async () => {
    await calculator.getByRole("textbox", { name: "Total crisis minutes" }).fill("7.5");
    await expect(calculator.getByText("Enter whole minutes from 0 to 1440.")).toBeVisible();
  });
});

test("the calculator sums time segments and names overlapping ones", async ({ page, therapist }) => {
  await signIn(page, therapist);
  await page.goto("/codes/90840");
  const calculator = page.getByRole("form", { name: "Billing calculator" });
  await calculator.getByRole("radio", { name: "Time segments" }).check();
  await calculator.getByLabel("Segment 1 start").fill("2026-03-09T12:00");
  await calculator.getByLabel("Segment 1 end").fill("2026-03-09T12:40");
  await calculator.getByRole("button", { name: "Add segment" }).click();
  await calculator.getByLabel("Segment 2 start").fill("2026-03-09T13:00");
  await calculator.getByLabel("Segment 2 end").fill("2026-03-09T13:35");
  await expect(calculatorResult(page).getByText("Counted time: 75 minutes")).toBeVisible();
  await expect(calculatorResult(page).getByText("30 more minutes reaches 90840 ×2 at 105 minutes in total.")).toBeVisible();

  await calculator.getByLabel("Segment 2 start").fill("2026-03-09T12:30");
  await expect(calculator.getByText("Segments 1 and 2 overlap; each minute can be counted only once.")).toHaveCount(2);
  await expect(calculator.getByLabel("Segment 2 end")).toHaveAttribute("aria-invalid", "true");
  await calculator.getByRole("button", { name: "Remove segment 2" }).click();
  await expect(calculatorResult(page).getByText("Counted time: 40 minutes")).toBeVisible();
});

test("an unknown code is a real 404", async ({ page, therapist }) => {
  await signIn(page, therapist);
  for (const path of ["/codes/99999", "/codes/abc"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("an admin can read the codes too", async ({ page, admin }) => {
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Codes" }).click();
  await page.getByLabel("Search codes").fill("90839");
  await results(page).nth(0).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /^90839 / })).toBeVisible();
  await expect(page.getByRole("form", { name: "Billing calculator" })).toBeVisible();
});
