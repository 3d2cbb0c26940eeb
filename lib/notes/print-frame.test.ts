import { describe, expect, it } from "vitest";
import { cssString, printFrameCss } from "./print-frame";

describe("cssString", () => {
  it("escapes what could end the string or the style element", () => {
    expect(cssString(`O"Brien \\ </style><script>`)).toBe(`"O\\"Brien \\\\ \\3c /style>\\3c script>"`);
    expect(cssString("two\nlines")).toBe(`"two lines"`);
  });
});

describe("printFrameCss", () => {
  const css = printFrameCss({ clientName: "Ana Ruiz", dateOfBirth: "1990-04-02", dateOfService: "2026-11-26" });

  it("puts the client, date of birth and date of service on every page, with page x of y", () => {
    expect(css).toContain(`@top-left { content: "Ana Ruiz · DOB 1990-04-02 · Date of service 2026-11-26"`);
    expect(css).toContain(`content: "Page " counter(page) " of " counter(pages)`);
    expect(css).toMatch(/@page \{ margin: 18mm/);
  });

  it("gives the client's handout its own header", () => {
    expect(css).toContain(`@page client-plan { @top-left { content: "My safety plan · Ana Ruiz"`);
  });
});
