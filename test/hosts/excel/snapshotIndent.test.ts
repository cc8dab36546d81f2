/**
 * The Excel snapshot reads the label columns' alignment indent (format.indentLevel, through
 * getCellProperties in the same sync as the values) into `indents`, so the engine reads a
 * hierarchy a clerk made with 增加缩进 as it does from an .xlsx. The in-memory Excel has no
 * getCellProperties: this test lends one to its ranges (reading the indents it is given) and
 * takes it back after.
 */
import { cellAddress } from "../../../src/engine/address";
import { indentAt } from "../../../src/engine/grid";
import { analyzeWorkbook } from "../../../src/engine";
import { readWorkbookSnapshot } from "../../../src/hosts/excel/snapshot";
import { fake, run } from "./helpers";

// 城市年鉴2009 14-16: the kinds of 卫生技术人员 indented two levels, closed by 其他卫生技术人员
const cells: Record<string, string | number> = {
  A1: "指  标", B1: "2008年",
  A2: "市卫生机构卫生人员数(人)", B2: 53780,
  A3: "# 卫生技术人员", B3: 42337,
  A4: "# 执业医师", B4: 15094,
  A5: "执业助理医师", B5: 966,
  A6: "注册护士", B6: 16254,
  A7: "其他卫生技术人员", B7: 10023,
  A8: "# 医院卫生人员", B8: 36647,
  A9: "社区卫生服务中心卫生人员", B9: 7281,
};
const indent: Record<string, number> = { A3: 1, A4: 2, A5: 2, A6: 2, A7: 2, A8: 1, A9: 1 };

type Target = { sheet: { name: string }; rect: { top: number; left: number; bottom: number; right: number } };

async function snapshot(withIndent: boolean, b3: number) {
  const fx = fake({ sheets: [{ name: "14-16", cells: { ...cells, B3: b3 } }] });
  const restore = fx.install();
  const calls: string[] = [];
  let proto: Record<string, unknown> | undefined;
  try {
    const snap = await run(fx, async (c) => {
      proto = Object.getPrototypeOf(c.workbook.worksheets.getItem("14-16").getRange("A1")) as Record<string, unknown>;
      if (withIndent) {
        proto.getCellProperties = function (this: { _resolver: () => Target }, opts: unknown) {
          calls.push(JSON.stringify(opts));
          const t = this._resolver();
          return {
            get value() {
              const out = [];
              for (let r = t.rect.top; r <= t.rect.bottom; r++) {
                const row = [];
                for (let col = t.rect.left; col <= t.rect.right; col++) row.push({ format: { indentLevel: indent[cellAddress(r, col)] ?? 0 } });
                out.push(row);
              }
              return out;
            },
          };
        };
      }
      return readWorkbookSnapshot(c);
    });
    return { snap, syncs: fx.stats.syncs, calls };
  } finally {
    if (proto) delete proto.getCellProperties;
    restore();
  }
}

describe("the Excel snapshot reads alignment indent", () => {
  it("into indents, for text cells of the label columns, in no extra sync", async () => {
    const plain = await snapshot(false, 42337);
    const withIndent = await snapshot(true, 42337);
    expect(withIndent.calls.length).toBeGreaterThan(0);
    expect(JSON.parse(withIndent.calls[0])).toEqual({ format: { indentLevel: true } });
    expect(withIndent.syncs).toBe(plain.syncs);
    const s = withIndent.snap.sheets[0];
    expect([indentAt(s, 1, 0), indentAt(s, 2, 0), indentAt(s, 3, 0), indentAt(s, 8, 0), indentAt(s, 2, 1)]).toEqual([0, 1, 2, 1, 0]);
    expect(plain.snap.sheets[0].indents).toBeUndefined();
  });
  it("so the engine reads the hierarchy: the kinds add up to 卫生技术人员 (silent), one off is one finding", async () => {
    const found = async (b3: number) => analyzeWorkbook((await snapshot(true, b3)).snap).findings.filter((f) => f.severity !== "info").map((f) => `${f.kind} ${f.cell}`);
    expect(await found(42337)).toEqual([]);
    expect(await found(42338)).toEqual(["sum-mismatch B3"]);
  });
});
