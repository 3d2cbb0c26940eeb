import { describe, expect, it } from "vitest";

import { CSV_HEADER, csvChunk, csvHeaderLine, csvRowsForDay, neutraliseFormula, toCsv } from "./csv";
import { day, draft, note } from "./test-support";

const column = (name: string) => {
  const index = CSV_HEADER.indexOf(name);
  if (index < 0) throw new Error(`no column ${name}`);
  return index;
};
const cell = (row: string[] | undefined, name: string) => row?.[column(name)];

describe("CSV_HEADER", () => {
  it("names the columns, in order", () => {
    expect(CSV_HEADER).toEqual([
      "Date of service",
      "Client name",
      "Date of birth",
      "External id",
      "Payer",
      "Member id",
      "Diagnoses",
      "Rendering clinician",
      "Rendering NPI",
      "Supervising clinician",
      "Supervising NPI",
      "Code",
      "Units",
      "Modifiers",
      "POS",
      "Minutes (day total)",
      "Note ids",
      "Note states",
      "Signed at",
      "Co-signed at",
    ]);
  });
});

describe("csvRowsForDay", () => {
  it("writes one row per billing line, the day's fields repeated on each", () => {
    const rows = csvRowsForDay(
      day({
        minutes: 80,
        lines: [
          { code: "90839", units: 1, modifiers: ["95"], placeOfService: "10" },
          { code: "90840", units: 1, modifiers: ["95", "GT"], placeOfService: "10" },
        ],
        diagnosisCodes: ["F43.0", "R45.851"],
        cosigner: { name: "Morgan Lee", credentials: "PhD", npi: "1098765432" },
        notes: [
          note({ id: "n1", signedAt: "2026-03-09T16:00:00.000Z", cosignedAt: "2026-03-10T09:00:00.000Z" }),
          note({ id: "n2", status: "pending_review", signedAt: "2026-03-09T21:00:00.000Z" }),
        ],
      }),
    );
    expect(rows).toEqual([
      [
        "2026-03-09",
        "Jordan Avery",
        "1990-05-17",
        "MRN-001",
        "Blue Cross",
        "XYZ123456",
        "F43.0; R45.851",
        "Dana Reyes, LCSW",
        "1234567893",
        "Morgan Lee, PhD",
        "1098765432",
        "90839",
        "1",
        "95",
        "10",
        "80",
        "n1; n2",
        "final; pending_review",
        "2026-03-09T16:00:00.000Z; 2026-03-09T21:00:00.000Z",
        "2026-03-10T09:00:00.000Z",
      ],
      expect.arrayContaining(["90840", "95; GT"]),
    ]);
    expect(rows[1]).toHaveLength(CSV_HEADER.length);
  });

  it("writes no row for a day without lines", () => {
    expect(csvRowsForDay(day({ lines: [], minutes: 10 }))).toEqual([]);
  });

  it("leaves missing values empty and lists only the notes behind the lines", () => {
    const [row] = csvRowsForDay(
      day({
        client: { externalId: null, memberId: null, payerName: null },
        payerName: null,
        clinician: { credentials: null, npi: null },
        diagnosisCodes: [],
        notes: [note({ id: "n1" }), draft("2026-03-09T20:00:00Z", "d1"), note({ id: "r1", status: "returned" })],
      }),
    );
    expect(cell(row, "External id")).toBe("");
    expect(cell(row, "Payer")).toBe("");
    expect(cell(row, "Member id")).toBe("");
    expect(cell(row, "Diagnoses")).toBe("");
    expect(cell(row, "Rendering clinician")).toBe("Dana Reyes");
    expect(cell(row, "Rendering NPI")).toBe("");
    expect(cell(row, "Supervising clinician")).toBe("");
    expect(cell(row, "Supervising NPI")).toBe("");
    expect(cell(row, "Note ids")).toBe("n1");
    expect(cell(row, "Co-signed at")).toBe("");
  });

  it("names the payer the lines were computed under, else the client's current payer", () => {
    expect(cell(csvRowsForDay(day({ payerName: "Medicare", client: { payerName: "Aetna" } }))[0], "Payer")).toBe("Medicare");
    expect(cell(csvRowsForDay(day({ payerName: null, client: { payerName: "Aetna" } }))[0], "Payer")).toBe("Aetna");
  });

  it.each(["=1+2", "@SUM(A1)", "+1", "-2+3", "\t=x", "\r=x", '=HYPERLINK("http://x","y")'])("neutralises a client named %j", (name) => {
    const [row] = csvRowsForDay(day({ client: { name } }));
    expect(cell(row, "Client name")).toBe(`'${name}`);
  });

  it("neutralises every text cell from user data", () => {
    const [row] = csvRowsForDay(
      day({
        client: { name: "=a", externalId: "+b", payerName: "-c", memberId: "@d" },
        payerName: "=e",
        clinician: { name: "=f", credentials: "LCSW", npi: "=g" },
        cosigner: { name: "@h", credentials: "=PhD", npi: "+i" },
        diagnosisCodes: ["=F43.0", "R45.851"],
      }),
    );
    expect(row).toEqual(
      expect.arrayContaining(["'=a", "'+b", "'@d", "'=e", "'=f, LCSW", "'=g", "'@h, =PhD", "'+i", "'=F43.0; R45.851"]),
    );
  });

  it("leaves the numeric columns as numbers", () => {
    const [row] = csvRowsForDay(day({ minutes: 135, lines: [{ code: "90840", units: 2, modifiers: [], placeOfService: "11" }] }));
    expect(cell(row, "Units")).toBe("2");
    expect(cell(row, "Minutes (day total)")).toBe("135");
  });
});

describe("neutraliseFormula", () => {
  it.each([
    ["=1+2", "'=1+2"],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=x", "'\t=x"],
    ["\r=x", "'\r=x"],
  ])("prefixes %j", (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(["", "Jordan Avery", "O'Brien", "a=b", " =1", "Zoë Ōkubo-Nguyễn", "محمد", "'=already"])("leaves %j as it is", (input) => {
    expect(neutraliseFormula(input)).toBe(input);
  });
});

describe("toCsv and csvChunk", () => {
  const header = CSV_HEADER.join(",");

  it("writes the exact header then the rows, CRLF after every record", () => {
    expect(toCsv([["a", "b"], ["c", "d"]], { bom: false })).toBe(`${header}\r\na,b\r\nc,d\r\n`);
    expect(toCsv([], { bom: false })).toBe(`${header}\r\n`);
  });

  it("starts with a byte-order mark only when asked", () => {
    expect(toCsv([["a"]], { bom: true })).toBe(`\uFEFF${header}\r\na\r\n`);
    expect(toCsv([["a"]], { bom: false }).startsWith("\uFEFF")).toBe(false);
    expect(csvHeaderLine({ bom: true })).toBe(`\uFEFF${header}\r\n`);
    expect(csvHeaderLine({ bom: false })).toBe(`${header}\r\n`);
  });

  it("quotes fields holding a comma, a quote, CR or LF, doubling quotes (RFC 4180)", () => {
    expect(csvChunk([["Reyes, Dana", 'say "hi"', "two\nlines", "cr\ronly", "crlf\r\nboth", "plain"]])).toBe(
      '"Reyes, Dana","say ""hi""","two\nlines","cr\ronly","crlf\r\nboth",plain\r\n',
    );
  });

  it("keeps empty cells and Unicode names as they are", () => {
    expect(csvChunk([["Zoë Ōkubo-Nguyễn", "", "محمد", "李小龍"]])).toBe("Zoë Ōkubo-Nguyễn,,محمد,李小龍\r\n");
  });

  it("formats a chunk with neither header nor byte-order mark, so chunks concatenate into one file", () => {
    expect(csvChunk([])).toBe("");
    const rows = [["a"], ["b"], ["c"]];
    expect(csvHeaderLine({ bom: true }) + csvChunk(rows.slice(0, 2)) + csvChunk(rows.slice(2))).toBe(toCsv(rows, { bom: true }));
  });

  it("writes an injected name neutralised and quoted in the file", () => {
    const rows = csvRowsForDay(day({ client: { name: '=HYPERLINK("http://x","y")' } }));
    expect(csvChunk(rows)).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
    const tabbed = csvChunk(csvRowsForDay(day({ client: { name: "\t=x" } })));
    expect(tabbed).toContain(",'\t=x,");
  });

  it("writes a day with two lines as two records", () => {
    const rows = csvRowsForDay(
      day({
        client: { name: "Ōkubo, Zoë" },
        lines: [
          { code: "90839", units: 1, modifiers: [], placeOfService: "11" },
          { code: "90840", units: 1, modifiers: [], placeOfService: "11" },
        ],
      }),
    );
    const records = toCsv(rows, { bom: false }).split("\r\n");
    expect(records).toHaveLength(4); // header, two lines, and the empty string after the last CRLF
    expect(records[1]).toContain('"Ōkubo, Zoë"');
    expect(records[1]).toContain(",90839,");
    expect(records[2]).toContain(",90840,");
    expect(records[3]).toBe("");
  });
});
