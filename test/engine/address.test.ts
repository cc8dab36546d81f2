/**
 * The one reader and writer of sheet-qualified references (`'Sheet''s name'!$D$12`):
 * examples, then properties over sheet names with quotes, spaces, `!`, commas, CJK and emoji.
 */
import fc from "fast-check";
import {
  cellAddress,
  cellKey,
  formatReference,
  normalCellKey,
  parseRangeAddress,
  parseReference,
  quoteSheetName,
  rangeAddress,
  splitReferences,
} from "../../src/engine/address";

describe("parseReference", () => {
  it.each([
    ["'Sheet''s name'!$D$12", "Sheet's name", "$D$12"],
    ["统计表!C5:C11", "统计表", "C5:C11"],
    ["'统计表'!C5:C11", "统计表", "C5:C11"],
    ["'a!b'!A1", "a!b", "A1"],
    ["'It''s ''quoted'''!B2", "It's 'quoted'", "B2"],
    ["'x, y'!A1:B2", "x, y", "A1:B2"],
    ["Sheet1!$A$1", "Sheet1", "$A$1"],
    // cellKey's form: the sheet never quoted
    ["It's!D12", "It's", "D12"],
    ["a!b!D12", "a!b", "D12"],
  ])("%s → sheet %s, address %s", (ref, sheet, address) => {
    expect(parseReference(ref)).toEqual({ sheet, address });
  });

  it("reads a reference without a sheet as no sheet", () => {
    expect(parseReference("C12")).toEqual({ sheet: null, address: "C12" });
    expect(parseReference(" $C$5:$C$11 ")).toEqual({ sheet: null, address: "$C$5:$C$11" });
  });

  it("reads a quote that opens no well-formed name as part of an unquoted name, never throwing", () => {
    expect(parseReference("'abc!D12")).toEqual({ sheet: "'abc", address: "D12" });
    expect(parseReference("'abc'D12")).toEqual({ sheet: null, address: "'abc'D12" });
  });
});

describe("quoteSheetName", () => {
  it("leaves plain names alone and quotes the rest, doubling quotes", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("My Sheet")).toBe("'My Sheet'");
    expect(quoteSheetName("统计表")).toBe("'统计表'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(quoteSheetName("2016年")).toBe("'2016年'");
  });

  it("quotes a name that reads as a cell or an R1C1 reference, as Excel does", () => {
    for (const name of ["A1", "xfd12", "R", "C", "R1C1", "RC", "C3"]) expect(quoteSheetName(name)).toBe(`'${name}'`);
    for (const name of ["Data", "Sheet2", "ABCD1", "Results"]) expect(quoteSheetName(name)).toBe(name);
  });
});

// ------------------------------------------------------------------ properties

/** characters that make quoting matter, with CJK and emoji (surrogate pairs, a modifier) */
const tricky = fc.constantFrom("'", "''", " ", "!", ",", ":", "$", ".", "_", "统", "计", "表", "（", "）", "😀", "👍🏽", "a", "Z", "1", "R", "C");
const anyName = fc.oneof(fc.string({ unit: tricky, minLength: 1, maxLength: 12 }), fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }));
/** what Excel accepts as a sheet name: no \ / ? * [ ] :, not starting or ending with a quote */
const excelName = anyName.filter((n) => n.trim() === n && !/[\\/?*[\]:]/.test(n) && !n.startsWith("'") && !n.endsWith("'"));

const cell = fc.record({ row: fc.integer({ min: 0, max: 1_048_575 }), col: fc.integer({ min: 0, max: 16_383 }) });
const range = fc.tuple(cell, cell).map(([a, b]) => ({
  top: Math.min(a.row, b.row),
  left: Math.min(a.col, b.col),
  bottom: Math.max(a.row, b.row),
  right: Math.max(a.col, b.col),
}));
/** a cell or range as written, with or without $ */
const written = fc.tuple(range, fc.boolean()).map(([r, abs]) => {
  const text = rangeAddress(r);
  return { range: r, text: abs ? text.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2") : text };
});

describe("format → parse round trip (properties)", () => {
  it("gives back the sheet and the address as written, for any sheet name", () => {
    fc.assert(
      fc.property(anyName, written, (sheet, w) => {
        const ref = formatReference(sheet, w.text);
        expect(parseReference(ref)).toEqual({ sheet, address: w.text });
        expect(parseRangeAddress(parseReference(ref).address)).toEqual(w.range);
      }),
      { numRuns: 500 },
    );
  });

  it("quotes exactly the names that need it, doubling every quote inside", () => {
    fc.assert(
      fc.property(anyName, (sheet) => {
        const q = quoteSheetName(sheet);
        if (q === sheet) expect(sheet).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
        else {
          expect(q.startsWith("'") && q.endsWith("'")).toBe(true);
          expect(q.slice(1, -1).replace(/''/g, "")).not.toContain("'");
          expect(q.slice(1, -1).replace(/''/g, "'")).toBe(sheet);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("splits a list of references at the commas between them, not those inside quoted names", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyName, written), { minLength: 1, maxLength: 5 }), (items) => {
        const refs = items.map(([sheet, w]) => formatReference(sheet, w.text));
        expect(splitReferences(refs.join(","))).toEqual(refs);
        expect(splitReferences(refs.join(", ")).map(parseReference)).toEqual(items.map(([sheet, w]) => ({ sheet, address: w.text })));
      }),
      { numRuns: 300 },
    );
  });

  it("normalCellKey reads a quoted reference and cellKey's own form alike", () => {
    fc.assert(
      fc.property(excelName, cell, fc.boolean(), (sheet, c, abs) => {
        const a1 = cellAddress(c.row, c.col);
        const key = cellKey(sheet, a1);
        expect(normalCellKey(formatReference(sheet, abs ? a1.replace(/([A-Z]+)(\d+)/, "$$$1$$$2") : a1.toLowerCase()))).toBe(key);
        expect(normalCellKey(key)).toBe(key);
      }),
      { numRuns: 500 },
    );
  });
});
