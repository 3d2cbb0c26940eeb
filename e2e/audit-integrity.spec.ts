import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { checkCheckpoint } from "@/db/audit-chain";
import { databaseFile, openDatabase } from "@/db/client";
import { parseCheckpoint } from "@/lib/audit/checkpoint";
import { expect, findAuditEvent, signIn, test } from "./fixtures";

test("an admin verifies the audit chain, new entries then all of it, and downloads a checkpoint that audit:verify accepts", async ({ page, admin }) => {
  const integrity = page.getByRole("region", { name: "Integrity of the audit trail" });

  await test.step("Given an admin on the audit page", async () => {
    await signIn(page, admin);
    await page.goto("/admin/audit");
    await expect(integrity.getByText("Last verified in full")).toBeVisible();
  });

  await test.step("When they verify the new entries, the check passes", async () => {
    await integrity.getByRole("button", { name: "Verify new entries" }).click();
    await expect(integrity.getByRole("status").filter({ hasText: "Integrity check passed" })).toContainText(/entries 1–\d+ are intact and in order/);
  });

  await test.step("When they re-verify the whole chain, the page shows when it was last verified in full", async () => {
    await integrity.getByRole("button", { name: "Re-verify the whole chain" }).click();
    await expect(integrity.getByRole("status").filter({ hasText: "Integrity check passed" })).toContainText(/all [\d,]+ entries are intact and in order/);
    const lastFull = integrity.getByText("Last verified in full").locator("xpath=following-sibling::dd[1]");
    await expect(lastFull).not.toHaveText("Never");
    await expect(lastFull).toContainText(/\(entries 1–\d+\)/);
  });

  const checkpointFile = await test.step("When they download a checkpoint, they get a signed file of the chain's head", async () => {
    const region = page.getByRole("region", { name: "Checkpoint" });
    const download = page.waitForEvent("download");
    await region.getByRole("button", { name: "Download a checkpoint" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^audit-checkpoint-\d{4}-\d{2}-\d{2}-row-\d+\.json$/);
    await expect(region.getByRole("status")).toContainText("Checkpoint downloaded");
    const saved = path.join(test.info().outputDir, file.suggestedFilename());
    await file.saveAs(saved);
    return saved;
  });

  await test.step("Then the chain still holds it, by the data layer and by `npm run audit:verify -- --checkpoint`", async () => {
    const checkpoint = parseCheckpoint(fs.readFileSync(checkpointFile, "utf8"));
    expect(checkpoint).not.toBeNull();
    if (!checkpoint) return;
    expect(checkpoint.seq).toBeGreaterThan(0);
    const db = openDatabase(databaseFile());
    expect(await checkCheckpoint(db, checkpoint)).toEqual({ ok: true });
    db.$client.close();
    const output = execFileSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/audit-verify.ts", "--checkpoint", checkpointFile], {
      env: { ...process.env, NODE_OPTIONS: "" },
      encoding: "utf8",
    });
    expect(output).toContain("Audit chain intact");
    expect(output).toContain(`Checkpoint of row ${checkpoint.seq}`);
  });

  await test.step("And the export is in the audit trail under the admin's name", async () => {
    const exported = await findAuditEvent((row) => row.action === "audit.checkpoint_exported" && row.actorName === admin.name);
    expect(exported).toMatchObject({ outcome: "success" });
    const verified = await findAuditEvent((row) => row.action === "audit.chain_verified" && row.actorName === admin.name && row.detail.includes('"scope":"full"'));
    expect(verified).toMatchObject({ outcome: "success" });
  });
});

test("a therapist can neither run the check nor take a checkpoint: 403, nothing made", async ({ page, therapist }) => {
  await signIn(page, therapist);
  for (const url of ["/api/admin/audit-chain?scope=full", "/api/admin/audit-checkpoint"]) {
    const response = await page.request.post(url, { maxRedirects: 0 });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: "You do not have access to this." });
  }
});
