/** The plain-browser page's selection addresses, read with the engine's reference parser. */
import { formatReference } from "../../../src/engine/address";
import { parseSelectionAddress, parseSelectionAreas } from "../../../src/hosts/browser/selection";

describe("parseSelectionAreas", () => {
  it("reads a cell and its related ranges, with or without a sheet", () => {
    expect(parseSelectionAreas("C12,C5:C11")).toEqual([
      { top: 11, left: 2, bottom: 11, right: 2 },
      { top: 4, left: 2, bottom: 10, right: 2 },
    ]);
    expect(parseSelectionAddress("'统计表'!$D$4")).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
  });

  it("does not cut a quoted sheet name holding a comma, a quote or a !", () => {
    const sheet = "It's, 表!2";
    const list = [formatReference(sheet, "C12"), formatReference(sheet, "$C$5:$C$11")].join(",");
    expect(list).toBe("'It''s, 表!2'!C12,'It''s, 表!2'!$C$5:$C$11");
    expect(parseSelectionAreas(list)).toEqual([
      { top: 11, left: 2, bottom: 11, right: 2 },
      { top: 4, left: 2, bottom: 10, right: 2 },
    ]);
  });
});
