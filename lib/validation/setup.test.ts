import { describe, expect, it } from "vitest";
import { setupSchema } from "./setup";
import { LONG_EMAIL, LONG_PASSWORD, TEN_THOUSAND, fieldErrorsOf } from "./test-support";

const valid = {
  practiceName: "Harbor Crisis Services",
  timeZone: "America/New_York",
  adminName: "Avery Admin",
  adminEmail: "Avery@Practice.org ",
  password: "twelve-chars",
  confirmPassword: "twelve-chars",
};

describe("setupSchema", () => {
  it("accepts a complete form, trimming and lower-casing the email", () => {
    expect(setupSchema.parse(valid)).toMatchObject({ adminEmail: "avery@practice.org", practiceName: "Harbor Crisis Services" });
  });

  it("names every missing field", () => {
    expect(fieldErrorsOf(setupSchema, {})).toEqual({
      practiceName: "Enter the practice name.",
      timeZone: "Choose a time zone.",
      adminName: "Enter a name.",
      adminEmail: "Enter an email address.",
      password: "Enter a password.",
      confirmPassword: "Repeat the password.",
    });
  });

  it("treats empty and blank fields as missing", () => {
    const blank = { practiceName: "  ", timeZone: "", adminName: "\t", adminEmail: " ", password: "", confirmPassword: "" };
    expect(fieldErrorsOf(setupSchema, blank)).toEqual({
      practiceName: "Enter the practice name.",
      timeZone: "Choose a time zone.",
      adminName: "Enter a name.",
      adminEmail: "Enter an email address.",
      password: "Use at least 12 characters.",
      confirmPassword: "Repeat the password.",
    });
  });

  it("rejects oversized fields", () => {
    const huge = { practiceName: TEN_THOUSAND, timeZone: valid.timeZone, adminName: TEN_THOUSAND, adminEmail: LONG_EMAIL, password: LONG_PASSWORD, confirmPassword: LONG_PASSWORD };
    expect(fieldErrorsOf(setupSchema, huge)).toEqual({
      practiceName: "The practice name is at most 120 characters.",
      adminName: "Names are at most 120 characters.",
      adminEmail: "Email addresses are at most 254 characters.",
      password: "Use at most 256 characters.",
    });
  });

  it.each([
    ["adminEmail", "not-an-email", "Enter a valid email address, like name@practice.org."],
    ["adminEmail", "two@@practice.org", "Enter a valid email address, like name@practice.org."],
    ["timeZone", "Mars/Olympus_Mons", "Choose a time zone from the list."],
    ["password", "elevenchars", "Use at least 12 characters."],
    ["confirmPassword", "", "Repeat the password."],
    ["adminName", 42, "Enter a name."],
  ])("rejects a malformed %s (%j)", (field, value, message) => {
    const input = field === "password" ? { ...valid, password: value, confirmPassword: value } : { ...valid, [field]: value };
    expect(fieldErrorsOf(setupSchema, input)).toEqual({ [field]: message });
  });

  it("rejects passwords that do not match", () => {
    expect(fieldErrorsOf(setupSchema, { ...valid, confirmPassword: "twelve-charz" })).toEqual({
      confirmPassword: "The two passwords do not match.",
    });
  });
});
