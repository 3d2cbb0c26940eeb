/** A value as a CSS string literal: quotes and backslashes escaped, no line breaks, no "<" (it sits in a <style>). */
export function cssString(value: string): string {
  const escaped = value
    .replace(/[\\"]/g, "\\$&")
    .replace(/[\r\n\f]+/g, " ")
    .replace(/</g, "\\3c ");
  return `"${escaped}"`;
}

type FrameInput = { clientName: string; dateOfBirth: string; dateOfService: string | null };

/**
 * The printed note's page frame (CSS paged media, which Chromium prints): margins, and on every
 * page the client, date of birth and date of service at the top and "Page x of y" at the bottom,
 * so a loose continuation page still says whose record it is. The client's handout is a named
 * page with its own plainer header. The app's header and navigation are not printed.
 */
export function printFrameCss({ clientName, dateOfBirth, dateOfService }: FrameInput): string {
  const who = cssString(`${clientName} · DOB ${dateOfBirth} · Date of service ${dateOfService ?? "none"}`);
  const box = "font: 9pt system-ui, sans-serif; color: #333;";
  return [
    "@media print {",
    "body > a, body > header { display: none !important; }",
    "main { max-width: none !important; padding: 0 !important; }",
    "body { background: #fff; }",
    ".client-plan-page { page: client-plan; }",
    "}",
    `@page { margin: 18mm 16mm 18mm 16mm; @top-left { content: ${who}; ${box} } @top-right { content: "Crisis session note"; ${box} } @bottom-left { content: "Confidential health information"; ${box} } @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} } }`,
    `@page client-plan { @top-left { content: ${cssString(`My safety plan · ${clientName}`)}; ${box} } @top-right { content: none; } @bottom-left { content: "If you are in danger call 911 · call or text 988"; ${box} } }`,
  ].join("\n");
}
