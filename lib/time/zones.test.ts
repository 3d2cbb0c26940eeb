import { describe, expect, it } from "vitest";
import { preferredZone, zoneGroups, zoneLabel } from "./zones";

const ZONES = ["Africa/Abidjan", "America/Chicago", "America/New_York", "America/Argentina/Buenos_Aires", "UTC"];

describe("zoneGroups", () => {
  it("puts the common US zones first with readable labels, and lists every other zone once after", () => {
    const groups = zoneGroups(ZONES);
    expect(groups.common).toEqual([
      { zone: "America/New_York", label: "Eastern Time (New York)" },
      { zone: "America/Chicago", label: "Central Time (Chicago)" },
    ]);
    expect(groups.all.map((o) => o.zone)).toEqual(["Africa/Abidjan", "America/Argentina/Buenos_Aires", "UTC"]);
    expect(groups.all[1]?.label).toBe("America / Argentina / Buenos Aires");
  });

  it("keeps a selected zone the list does not have", () => {
    expect(zoneGroups(ZONES, "Etc/GMT+5").all.map((o) => o.zone)).toContain("Etc/GMT+5");
  });
});

describe("zoneLabel and preferredZone", () => {
  it("labels a zone, and prefers the browser's zone only when the list has it", () => {
    expect(zoneLabel("America/Chicago")).toBe("Central Time (Chicago)");
    expect(zoneLabel("Europe/Paris")).toBe("Europe / Paris");
    expect(preferredZone(ZONES, "America/Chicago")).toBe("America/Chicago");
    expect(preferredZone(ZONES, "Mars/Olympus")).toBeNull();
    expect(preferredZone(ZONES, undefined)).toBeNull();
  });
});
