import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from "./actions";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS, AUDIT_OUTCOME_LABELS, auditActionLabel, auditEntityLabel } from "./labels";

describe("audit action labels", () => {
  it("name every action in words, none blank, none shared by two actions", () => {
    const labels = AUDIT_ACTIONS.map((action) => AUDIT_ACTION_LABELS[action]);
    expect(labels.every((label) => typeof label === "string" && label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(AUDIT_ACTIONS.length);
    // No label is just the stored key.
    expect(AUDIT_ACTIONS.filter((action) => AUDIT_ACTION_LABELS[action] === action)).toEqual([]);
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it("put every action in exactly one group of the filter", () => {
    for (const action of AUDIT_ACTIONS) {
      const groups = AUDIT_ACTION_GROUPS.filter((group) => group.prefixes.some((prefix) => action.startsWith(prefix)));
      expect({ action, groups: groups.length }).toEqual({ action, groups: 1 });
    }
  });

  it("label every outcome, and fall back to the stored key for a row older than the map", () => {
    expect(AUDIT_OUTCOMES.map((outcome) => AUDIT_OUTCOME_LABELS[outcome])).toEqual(["Success", "Failure", "Refused"]);
    expect(auditActionLabel("user.password_reset")).toBe("Password reset by an admin");
    expect(auditActionLabel("legacy.thing")).toBe("legacy.thing");
    expect(auditEntityLabel("crisis_session")).toBe("Crisis session");
    expect(auditEntityLabel("some_new_kind")).toBe("some new kind");
  });
});
