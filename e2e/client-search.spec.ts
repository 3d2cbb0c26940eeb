import { createClient } from "@/db/clients";
import { asUser, fromDb } from "./actors";
import { expect, signIn, test } from "./fixtures";

test("client search runs on the server and keeps names out of the address bar", async ({ page, therapist, supervisor }) => {
  const mine = await asUser(therapist);
  await fromDb(createClient(mine, { name: "Quinn Alvarado", dateOfBirth: "1984-02-02", externalId: null }));
  await fromDb(createClient(mine, { name: "Rowan Baptiste", dateOfBirth: "1979-07-07", externalId: "MRN-77" }));
  // Someone else's client never shows up, whatever the search.
  await fromDb(createClient(await asUser(supervisor), { name: "Quinn Someone-Else", dateOfBirth: "1990-01-01", externalId: null }));

  await signIn(page, therapist);
  await page.goto("/clients");
  const table = page.getByRole("table", { name: "Your clients" });
  await expect(table.getByRole("row")).toHaveCount(3);

  await test.step("When I search for “quinn”, only my matching client is listed", async () => {
    await page.getByRole("searchbox", { name: "Search by name" }).fill("quinn");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(table.getByRole("link", { name: "Quinn Alvarado" })).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(page.getByText("Quinn Someone-Else")).toHaveCount(0);
  });

  await test.step("Then the name is not in the URL", () => {
    expect(page.url()).not.toContain("quinn");
    expect(new URL(page.url()).search).toBe("");
  });

  await test.step("A search without matches says so", async () => {
    await page.getByRole("searchbox", { name: "Search by name" }).fill("zzz");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("No clients match “zzz”.")).toBeVisible();
  });
});
