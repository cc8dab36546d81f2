/**
 * The ribbon's 检查 command (src/commands/commands.ts) on the in-memory Excel: it reads the
 * workbook, runs the engine, selects the first error's cell and always completes the event.
 */
import { checkWorkbook } from "../../src/commands/commands";
import { createFakeExcel } from "../support/fakeExcel";

function completedEvent(): Office.AddinCommands.Event & { completions: number } {
  const e = { completions: 0, source: { id: "CheckButton" }, completed: () => void e.completions++ };
  return e as unknown as Office.AddinCommands.Event & { completions: number };
}

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

describe("ribbon command checkWorkbook", () => {
  it("selects the planted 合计 (182 = 105+27+14+16+5+10+5, typed 180) and completes", async () => {
    const excel = createFakeExcel({
      sheets: [
        { name: "说明", rows: [["本表由社区填报"]] },
        {
          name: "统计表",
          rows: [
            ["项目", "人数"],
            ["上环", 105],
            ["使用工具", 27],
            ["结扎", 14],
            ["绝经", 16],
            ["不孕", 5],
            ["待孕", 10],
            ["现孕", 5],
            ["合计", 180],
          ],
        },
      ],
    });
    uninstall = excel.install();
    const event = completedEvent();
    await checkWorkbook(event);
    expect(event.completions).toBe(1);
    expect(excel.state.selection).toEqual({ sheet: "统计表", address: "B9" });
    expect(excel.state.cell("统计表", "B9").value).toBe(180);
  });

  it("completes without selecting anything when the workbook is consistent", async () => {
    const excel = createFakeExcel({
      sheets: [{ name: "出生情况", rows: [["项目", "人数"], ["政策内", 832], ["政策外", 26], ["合计", 858]] }],
    });
    uninstall = excel.install();
    const event = completedEvent();
    await checkWorkbook(event);
    expect(event.completions).toBe(1);
    expect(excel.state.selection).toBeNull();
  });

  it("completes the event even when the workbook cannot be read", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "表1", rows: [[1]] }] });
    uninstall = excel.install();
    (globalThis as { Excel: { run: unknown } }).Excel.run = async () => {
      throw new Error("GeneralException");
    };
    const event = completedEvent();
    await checkWorkbook(event);
    expect(event.completions).toBe(1);
  });
});
