import type { Page } from "@playwright/test";
import { emptyNote } from "@/lib/notes/empty-note";
import { completeNote, completeSafetyPlan } from "@/lib/notes/test-support";
import { expectNoSeriousViolations } from "./axe";
import { expect, signIn, test } from "./fixtures";
import { answer, noteForm } from "./note-form";
import { serviceDay, setupNote } from "./note-setup";

const checklist = (page: Page) => page.getByRole("complementary", { name: "Guidance: 90839 and 90840" });
const section = (page: Page, name: RegExp) => noteForm(page).getByRole("region", { name });
const secondLook = (page: Page) => checklist(page).getByRole("region", { name: /^Worth a second look/ });

test("the note prompts where it contradicts itself, explains why, and suggests a risk level from the C-SSRS", async ({ page, therapist }) => {
  // axe reads the whole (long) note page once in this story: that alone can take many seconds on a busy machine.
  test.setTimeout(120_000);
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:50"]] });
  await signIn(page, therapist);
  await page.goto(`/sessions/${sessionId}`);
  const form = noteForm(page);
  const risk = section(page, /Risk to others, lethal means and risk level/);
  const mse = section(page, /Mental status exam/);

  await test.step("When I answer yes to a wish to be dead and to suicidal thoughts, no to method, intent, plan and behaviour", async () => {
    await answer(page, /^1\. /, "Yes");
    await answer(page, /^2\. /, "Yes");
    await answer(page, /^3\. /, "No");
    await answer(page, /^4\. /, "No");
    await answer(page, /^5\. /, "No");
    await answer(page, /^6\. /, "No");
  });

  await test.step("Then the risk level shows the screen's suggestion, Low, as a suggestion", async () => {
    await expect(risk.getByText("C-SSRS screen suggests: Low")).toBeVisible();
    await expect(risk.getByText(/A suggestion only: your judgment decides/)).toBeVisible();
  });

  await test.step("When I mark all within normal limits, mood and thought content are left for me to describe, with the reason", async () => {
    await form.getByRole("button", { name: "Mark all within normal limits" }).click();
    await expect(mse.getByLabel(/^Within normal limits: Euthymic/)).not.toBeChecked();
    await expect(mse.getByLabel(/^Within normal limits: No delusions, obsessions or preoccupations/)).not.toBeChecked();
    await expect(mse.getByLabel(/^Within normal limits: Normal rate, volume and rhythm/)).toBeChecked();
    await expect(mse.getByText("Not marked within normal limits — please describe:")).toBeVisible();
    await expect(mse.getByText(/Mood: the client reported thoughts of killing themself/)).toBeVisible();
  });

  await test.step("When I tick euthymic mood myself, the section and the checklist prompt me, and say why", async () => {
    await mse.getByLabel(/^Within normal limits: Euthymic/).check();
    await expect(mse.getByText("Mental status records mood “euthymic” within normal limits.")).toBeVisible();
    await expect(mse.getByText(/Earlier the client reported thoughts of killing themself \(C-SSRS item 2\)/)).toBeVisible();
    await expect(secondLook(page).getByRole("button", { name: "Mental status records mood “euthymic” within normal limits." })).toBeVisible();
    await expect(secondLook(page).getByText("These do not stop signing")).toBeVisible();
  });

  await test.step("When I record access to lethal means and choose Low, I am prompted", async () => {
    await answer(page, /^Access to lethal means/, "Yes");
    await answer(page, "Overall risk level", "Low");
    await expect(risk.getByText("Risk level Low with suicidal ideation and access to lethal means.")).toBeVisible();
    await expect(risk.getByText(/Consider a higher level, or say in the rationale why it is low/)).toBeVisible();
  });

  await test.step("When I choose “Remains outpatient with safety plan” with no plan written, I am prompted", async () => {
    await answer(page, "Disposition", "Remains outpatient with safety plan");
    const disposition = section(page, /Disposition and follow-up/);
    await expect(disposition.getByText("“Remains outpatient with safety plan”, but no safety plan is written.")).toBeVisible();
  });

  await test.step("When item 4 (intent) becomes yes, the suggestion is High and Low is flagged as below it", async () => {
    await answer(page, /^4\. /, "Yes");
    await expect(risk.getByText("C-SSRS screen suggests: High")).toBeVisible();
    await expect(risk.getByText("Risk level Low is below the C-SSRS screen's High.")).toBeVisible();
    await expectNoSeriousViolations(page, "note with consistency prompts");
  });

  await test.step("And a prompt in the checklist moves focus to the field it is about", async () => {
    await secondLook(page).getByRole("button", { name: "Risk level Low is below the C-SSRS screen's High." }).click();
    await expect(risk.getByRole("group", { name: "Overall risk level" }).getByLabel("Low", { exact: true })).toBeFocused();
  });

  await test.step("When I choose High, the risk prompts go", async () => {
    await answer(page, "Overall risk level", "High");
    await expect(risk.getByText(/is below the C-SSRS screen's/)).toHaveCount(0);
    await expect(risk.getByText("Risk level Low with suicidal ideation")).toHaveCount(0);
  });
});

test("a low-risk note prints without an empty client safety plan; every printed page names the client, date of birth, date of service and page", async ({ page, therapist }) => {
  const followUp = { plan: "Call tomorrow", date: serviceDay() };
  // The new-note template's 988 line alone is not a plan made with the client.
  const lowRisk = await setupNote(therapist, {
    segments: [["09:00", "09:45"]],
    note: completeNote({ followUp, disposition: "voluntary_admission", safetyPlan: emptyNote({ "professional-contacts": ["988 Suicide & Crisis Lifeline: call or text 988"] }).safetyPlan }),
    attested: true,
    sign: true,
  });
  const withPlan = await setupNote(therapist, {
    clientId: lowRisk.clientId,
    segments: [["13:00", "13:45"]],
    note: completeNote({ followUp, riskLevel: "moderate", safetyPlan: completeSafetyPlan() }),
    attested: true,
    sign: true,
  });
  await signIn(page, therapist);

  await test.step("Given a signed note, Print is at the top of the page", async () => {
    await page.goto(`/sessions/${lowRisk.sessionId}`);
    const print = page.getByRole("link", { name: "Print the note" });
    await expect(print).toBeInViewport();
    await print.click();
    await expect(page.getByRole("heading", { name: "Crisis psychotherapy note" })).toBeVisible();
  });

  await test.step("Then the title names the document and its date, not the client", async () => {
    await expect(page).toHaveTitle(`Crisis session note — ${serviceDay()}`);
  });

  await test.step("And a low-risk note with no plan prints no “My safety plan” page", async () => {
    await expect(page.getByRole("heading", { name: "My safety plan" })).toHaveCount(0);
  });

  await test.step("And the printed pages carry a running header and footer, as Chromium parsed them", async () => {
    const boxes = await printedMarginBoxes(page);
    const header = boxes.find((box) => box.page === "" && box.box === "@top-left")?.content ?? "";
    expect(header).toContain("Robin Client");
    expect(header).toContain("DOB 1988-03-14");
    expect(header).toContain(`Date of service ${serviceDay()}`);
    expect(boxes.find((box) => box.page === "" && box.box === "@bottom-right")?.content).toBe(`"Page " counter(page) " of " counter(pages)`);
    expect(boxes.find((box) => box.page === "")?.margin).toBe("18mm 16mm");
  });

  await test.step("When the note has a plan, the client's copy prints on its own page", async () => {
    await page.goto(`/sessions/${withPlan.sessionId}/print`);
    await expect(page.getByRole("heading", { name: "My safety plan" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // Note, then the client's plan on a page of its own: more than one page, each framed by @page.
    expect(pdfPageCount(pdf)).toBeGreaterThan(1);
  });
});

type MarginBox = { page: string; box: string; content: string; margin: string };

/** The @page rules and their margin boxes as the browser parsed them (unsupported ones would be dropped). */
async function printedMarginBoxes(page: Page): Promise<MarginBox[]> {
  return page.evaluate(() => {
    const found: { page: string; box: string; content: string; margin: string }[] = [];
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        if (!(rule instanceof CSSPageRule)) continue;
        for (const inner of Array.from((rule as CSSPageRule & { cssRules: CSSRuleList }).cssRules ?? [])) {
          const margin = inner as CSSRule & { name?: string; style?: CSSStyleDeclaration };
          found.push({ page: rule.selectorText, box: `@${margin.name ?? ""}`, content: margin.style?.getPropertyValue("content") ?? "", margin: rule.style.getPropertyValue("margin") });
        }
      }
    }
    return found;
  });
}

function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
