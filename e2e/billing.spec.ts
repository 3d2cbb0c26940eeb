import fs from "node:fs";
import { DateTime } from "luxon";
import { createClient, updateClient } from "@/db/clients";
import { saveDraft, signSession } from "@/db/notes";
import { listPayerOptions } from "@/db/payers";
import { addSegment } from "@/db/segments";
import { startSession } from "@/db/sessions";
import { IN_PERSON, completeNote } from "@/lib/notes/test-support";
import { type TestUser, actorOf, createTestUser, expect, test } from "./fixtures";
import { PRACTICE } from "./practice";

// Clinical text that must never reach the billing page or its file.
const CLINICAL_TEXT = "Eviction notice this morning";

/** A day last month in the practice zone. */
const lastMonthDay = (day: number) => DateTime.now().setZone(PRACTICE.timeZone).startOf("month").minus({ months: 1 }).set({ day }).toISODate() ?? "";

/** A client on `payerName` with one signed note of `minutes` on `date`, through the data layer. */
async function signedDay(user: TestUser, options: { clientName: string; payerName: string; date: string; minutes: number }) {
  const ctx = await actorOf(user);
  const client = await createClient(ctx, { name: options.clientName, dateOfBirth: "1975-06-15", externalId: "-MRN+9" });
  const payerId = (await listPayerOptions(ctx)).find((payer) => payer.name === options.payerName)?.id ?? null;
  await updateClient(ctx, { clientId: client.id, name: client.name, dateOfBirth: client.dateOfBirth, externalId: client.externalId, pronouns: null, phone: null, address: null, emergencyContactName: null, emergencyContactRelation: null, emergencyContactPhone: null, payerId, memberId: "M-100", groupNumber: null });
  const { sessionId } = await startSession(ctx, { clientId: client.id, ...IN_PERSON, startTimer: false });
  const end = DateTime.fromISO(`${options.date}T09:00`).plus({ minutes: options.minutes }).toFormat("HH:mm");
  await addSegment(ctx, { sessionId, start: `${options.date}T09:00`, end: `${options.date}T${end}` });
  const { version } = await saveDraft(ctx, { sessionId, version: 1, meta: IN_PERSON, timesAttested: true, note: completeNote({ diagnoses: ["F43.0"] }) });
  await signSession(ctx, { sessionId, version });
  return { sessionId, clientId: client.id };
}

/** RFC 4180, enough for the test: quoted fields with doubled quotes, commas and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

test("an admin reads last month's billing for one clinician and payer, and downloads a CSV that matches it", async ({ admin, therapist, signedInPage }) => {
  const other = await createTestUser("therapist");
  const stamp = therapist.id.slice(0, 6);
  const formula = await signedDay(therapist, { clientName: `=1+2 ${stamp}`, payerName: "Commercial (CPT rules)", date: lastMonthDay(10), minutes: 80 });
  await signedDay(therapist, { clientName: `@SUM(A1) ${stamp}`, payerName: "Commercial (CPT rules)", date: lastMonthDay(11), minutes: 40 });
  await signedDay(therapist, { clientName: `Short Day ${stamp}`, payerName: "Commercial (CPT rules)", date: lastMonthDay(12), minutes: 20 });
  await signedDay(therapist, { clientName: `Self Payer ${stamp}`, payerName: "Self-pay", date: lastMonthDay(12), minutes: 40 });
  await signedDay(other, { clientName: `Other Clinician ${stamp}`, payerName: "Commercial (CPT rules)", date: lastMonthDay(13), minutes: 40 });
  const page = await signedInPage(admin);

  await test.step("When I open billing for last month and filter by the clinician and the payer", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Billing" }).click();
    const filters = page.getByRole("form", { name: "Billing filters" });
    await filters.getByLabel("Period").selectOption("last_month");
    await filters.getByLabel("Clinician").selectOption({ label: therapist.name });
    await filters.getByLabel("Payer").selectOption({ label: "Commercial (CPT rules)" });
    await filters.getByLabel("Days shown").selectOption("all");
    await filters.getByRole("button", { name: "Show" }).click();
    await expect(page.getByRole("heading", { name: "Client-days (3)" })).toBeVisible();
  });

  await test.step("Then the totals and the flags add up, and no note text is on the page", async () => {
    const byCode = page.getByRole("table", { name: "Totals by code" });
    await expect(byCode.getByRole("row", { name: /^90839/ })).toContainText("2");
    await expect(byCode.getByRole("row", { name: /^90840/ })).toContainText("1");
    await expect(byCode.getByRole("row", { name: /^90832/ })).toContainText("1");
    await expect(page.getByRole("list", { name: "Flags" })).toContainText(/16–29|16-29/);
    await expect(page.getByRole("region", { name: "Client-days, scrollable" })).toContainText(`=1+2 ${stamp}`);
    await expect(page.getByText(CLINICAL_TEXT)).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Client-days, scrollable" })).not.toContainText(`Self Payer ${stamp}`);
    await expect(page.getByRole("region", { name: "Client-days, scrollable" })).not.toContainText(`Other Clinician ${stamp}`);
  });

  await test.step("And the CSV has one row per line of those days, with formulas neutralised", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    await expect(page.getByText(/^Done: \d+ billing lines/)).toBeVisible();
    const text = fs.readFileSync((await download.path()) ?? "", "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).not.toContain(CLINICAL_TEXT);
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
    const column = (name: RegExp) => header?.findIndex((cell) => name.test(cell)) ?? -1;
    const client = column(/client/i);
    const code = column(/^code$/i);
    expect(rows.map((row) => `${row[client]} ${row[code]}`).sort()).toEqual(
      [`'=1+2 ${stamp} 90839`, `'=1+2 ${stamp} 90840`, `'@SUM(A1) ${stamp} 90839`, `Short Day ${stamp} 90832`].sort(),
    );
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
    expect(rows.find((row) => row[code] === "90840")?.join(",")).toContain(formula.sessionId);
    expect(text).toContain("'-MRN+9");
  });
});

test("therapists and supervisors cannot reach billing: 404 on the page, 403 on the export", async ({ therapist, supervisor, signedInPage }) => {
  for (const user of [therapist, supervisor]) {
    const page = await signedInPage(user);
    expect((await page.goto("/admin/billing"))?.status()).toBe(404);
    const response = await page.request.get(`/api/admin/billing/export?from=${lastMonthDay(1)}&to=${lastMonthDay(20)}`);
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain(",");
  }
});

test("bad export filters get a clear message, never a file or a 500", async ({ admin, signedInPage }) => {
  const page = await signedInPage(admin);
  const cases: [string, RegExp][] = [
    ["from=2020-01-01&to=2024-01-02", /at most 3 years/],
    ["from=2026-02-01&to=2026-01-01", /on or before the end date/],
    [`from=${lastMonthDay(1)}&to=${lastMonthDay(20)}&clinicianId=nobody`, /not one of the practice's users/],
    [`from=${lastMonthDay(1)}&to=${lastMonthDay(20)}&payerId=nothing`, /payer does not exist/],
  ];
  for (const [query, message] of cases) {
    const response = await page.request.get(`/api/admin/billing/export?${query}`);
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  }
});
