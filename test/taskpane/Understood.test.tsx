/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// (node export conditions: ExcelJS builds the fixture workbooks here, and its uuid dependency's browser build is ESM)
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import * as ExcelJS from "exceljs";
import { Understood, type UnderstoodProps } from "../../src/taskpane/components/Understood";
import { analyzeWorkbook, type Analysis } from "../../src/engine";
import type { ItemTree, ScoringItem, Table } from "../../src/engine/layout/model";
import { snapshotWorkbook } from "../../src/hosts/xlsx/read";
import { EMPTY_SETTINGS, type WorkbookSettings } from "../../src/hosts/excel/records";
import { addScoringSheet, addStatisticsBottomSheet, addSummarySheet } from "../fixtures/builders";
import { reasonIn, withColumnRole, withItemLevel, withRuleOverride } from "../../src/taskpane/understood/model";
import { understoodItems } from "../../src/engine/scoring/understood";

const SCORING = "考核评分表";
const DISCRETION = "视工作情况酌情给分";

/** 统计表 + 考核评分表 (item 3 of (一) given a rule nobody can compute) + 汇总表, analysed by the engine. */
function analysis(settings?: WorkbookSettings): Analysis {
  const wb = new ExcelJS.Workbook();
  addStatisticsBottomSheet(wb);
  addScoringSheet(wb);
  addSummarySheet(wb);
  wb.getWorksheet(SCORING)!.getCell("D7").value = DISCRETION;
  // the pane renders what the engine understood with the settings it shows (it re-checks after each save)
  return analyzeWorkbook(snapshotWorkbook(wb), settings ? { ruleOverrides: settings.ruleOverrides } : {});
}

const ANALYSIS = analysis();

function setup(overrides: Partial<UnderstoodProps> = {}) {
  const onChange = jest.fn<void, [WorkbookSettings]>();
  const onSelect = jest.fn<void, [string, string]>();
  const props: UnderstoodProps = { lang: "zh", analysis: ANALYSIS, settings: EMPTY_SETTINGS, canSave: true, onChange, onSelect, ...overrides };
  const view = render(<Understood {...props} />);
  return { onChange, onSelect, view, props };
}

function sheetItem(name: string): HTMLElement {
  const el = document.querySelector(`[data-sheet="${name}"]`);
  if (!el) throw new Error(`no sheet ${name}`);
  return el as HTMLElement;
}

/** Open a sheet's panel and return it. */
function open(name: string): HTMLElement {
  fireEvent.click(sheetItem(name).querySelector("button")!);
  return screen.getByTestId(`understood-${name}`);
}

function itemRow(panel: HTMLElement, sheetRow: number): HTMLElement {
  const li = panel.querySelector(`li[data-row="${sheetRow}"]`);
  if (!li) throw new Error(`no item at row ${sheetRow}`);
  return li as HTMLElement;
}

describe("Understood (Chinese, the default)", () => {
  it("shows each sheet with the kind the engine read and its tables", () => {
    setup();
    const sheets = [...document.querySelectorAll("[data-sheet]")];
    expect(sheets.map((s) => [s.getAttribute("data-sheet"), s.getAttribute("data-kind")])).toEqual([
      ["统计表", "statistics"],
      [SCORING, "scoring"],
      ["汇总表", "summary"],
    ]);
    expect(within(sheetItem("统计表")).getByText("统计表 · 1 个表格")).toBeTruthy();
    expect(within(sheetItem(SCORING)).getByText("评分表 · 1 个表格")).toBeTruthy();
    expect(within(sheetItem("汇总表")).getByText("汇总表 · 1 个表格")).toBeTruthy();
    // collapsed until opened: nothing of the panels is rendered
    expect(screen.queryByTestId(`understood-${SCORING}`)).toBeNull();
    // both 自评分 and 考核得分 on the scoring sheet: the choice is offered
    expect(screen.getByTestId("score-column")).toBeTruthy();
  });

  it("lists the column roles read from the headers", () => {
    setup();
    const panel = open("汇总表");
    const cols = [...panel.querySelectorAll("li[data-col]")].map((li) => [li.getAttribute("data-col"), li.getAttribute("data-role")]);
    expect(cols).toEqual([
      ["A", "unit"],
      ["B", "category"],
      ["C", "category"],
      ["D", "category"],
      ["E", "bonus"],
      ["F", "penalty"],
      ["G", "total"],
      ["H", "rank"],
    ]);
    expect((within(panel).getByLabelText("第 G 列的含义") as HTMLSelectElement).value).toBe("total");
    expect(within(panel).getByText("表头 第2行,数据 第3–6行")).toBeTruthy();
  });

  it("shows the item tree with numbering, levels and max points", () => {
    setup();
    const panel = open(SCORING);
    const items = [...panel.querySelectorAll("li[data-row]")];
    expect(items.map((li) => [li.getAttribute("data-row"), li.getAttribute("data-level")])).toEqual([
      ["3", "0"],
      ["4", "1"],
      ["5", "2"],
      ["6", "2"],
      ["7", "2"],
      ["8", "1"],
      ["9", "2"],
      ["10", "2"],
      ["11", "0"],
      ["12", "2"],
      ["13", "0"],
      ["14", "2"],
      ["15", "0"],
    ]);
    expect(within(panel).getByText("考核项目(13 项)")).toBeTruthy();
    const root = itemRow(panel, 3);
    expect(within(root).getByText("一")).toBeTruthy();
    expect(within(root).getByText("综合治理责任落实")).toBeTruthy();
    expect(within(root).getByText("100分")).toBeTruthy();
    expect(within(itemRow(panel, 4)).getByText("60分")).toBeTruthy();
    expect(within(itemRow(panel, 5)).getByText("10分")).toBeTruthy();
    // deeper levels are indented further
    expect(itemRow(panel, 5).style.paddingLeft).toBe("24px");
    expect(itemRow(panel, 4).style.paddingLeft).toBe("12px");
  });

  it("says which rules were understood, and why one was not", () => {
    setup();
    const panel = open(SCORING);
    expect(within(itemRow(panel, 5)).getByText("✓ 按数量计分,有上限")).toBeTruthy();
    expect(within(itemRow(panel, 6)).getByText("✓ 按比率每差1点扣分,低于下限不计分")).toBeTruthy();
    expect(itemRow(panel, 11).getAttribute("data-rule")).toBe("section");
    expect(within(itemRow(panel, 11)).getByText("✓ 分项规则 · 加分上限")).toBeTruthy();
    // parents are summed, not scored by a rule
    expect(itemRow(panel, 4).getAttribute("data-rule")).toBe("none");
    const unparsed = itemRow(panel, 7);
    expect(unparsed.getAttribute("data-rule")).toBe("unparsed");
    // the same reason the engine's finding gives, in the pane's language only
    const finding = ANALYSIS.findings.find((f) => f.kind === "unparsed-rule" && f.sheet === SCORING && f.cell === "D7");
    expect(finding).toBeTruthy();
    const reason = within(unparsed).getByTestId("rule-reason").textContent ?? "";
    expect(reason).toBe("✗ 未能识别:由考核人酌情给分,没有可计算的分值");
    expect(finding!.message).toContain("由考核人酌情给分,没有可计算的分值");
  });

  it("corrects a column's role: the correction goes out in the settings", () => {
    const { onChange } = setup();
    const panel = open(SCORING);
    fireEvent.change(within(panel).getByLabelText("第 H 列的含义"), { target: { value: "remark" } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0][0]).toEqual({ ...EMPTY_SETTINGS, corrections: [{ sheet: SCORING, what: "column", col: 7, role: "remark" }] });
    // choosing the role it already has changes nothing
    fireEvent.change(within(panel).getByLabelText("第 G 列的含义"), { target: { value: "score" } });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("replaces an earlier correction of the same column, shows it as corrected and can undo it", () => {
    const earlier = withColumnRole(withColumnRole(EMPTY_SETTINGS, SCORING, 7, "remark"), "汇总表", 1, "value");
    const { onChange } = setup({ settings: earlier });
    const panel = open(SCORING);
    const h = panel.querySelector('li[data-col="H"]') as HTMLElement;
    expect(h.getAttribute("data-role")).toBe("remark");
    expect(within(h).getByText("已更正")).toBeTruthy();
    fireEvent.change(within(h).getByLabelText("第 H 列的含义"), { target: { value: "deduction" } });
    expect(onChange.mock.calls[0][0].corrections).toEqual([
      { sheet: "汇总表", what: "column", col: 1, role: "value" },
      { sheet: SCORING, what: "column", col: 7, role: "deduction" },
    ]);
    fireEvent.click(within(h).getByText("撤销", { selector: "button" }));
    expect(onChange.mock.calls[1][0].corrections).toEqual([{ sheet: "汇总表", what: "column", col: 1, role: "value" }]);
  });

  it("corrects a sheet's kind", () => {
    const { onChange } = setup();
    const panel = open("统计表");
    fireEvent.change(within(panel).getByLabelText("表的类型: 统计表"), { target: { value: "other" } });
    expect(onChange.mock.calls[0][0].corrections).toEqual([{ sheet: "统计表", what: "kind", kind: "other" }]);
  });

  it("takes a rule stated by hand in short form, checked as it is typed, kept by the standard cell", () => {
    const { onChange } = setup();
    const panel = open(SCORING);
    const row = itemRow(panel, 7);
    fireEvent.click(within(row).getByText("手工说明规则", { selector: "button" }));
    const input = within(row).getByLabelText("手工说明“召开计划生育专题会议”的规则");
    const save = () => within(row).getByText("保存", { selector: "button" }) as HTMLButtonElement;
    expect(save().disabled).toBe(true);
    fireEvent.change(input, { target: { value: "每1次+5 上限" } });
    expect(within(row).getByTestId("rule-editor").textContent).toContain("✗ 未能识别:无法理解简写选项\"上限\"");
    fireEvent.change(input, { target: { value: "有:20" } });
    expect(within(row).getByTestId("rule-editor").textContent).toContain("✓ 达到计满分,否则不计分");
    expect(save().disabled).toBe(false);
    fireEvent.click(save());
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_SETTINGS, ruleOverrides: { [`${SCORING}!D7`]: "有:20" } });
    // the key is the cell the unparsed-rule finding points at
    expect(ANALYSIS.findings.some((f) => f.kind === "unparsed-rule" && `${f.sheet}!${f.cell}` === `${SCORING}!D7`)).toBe(true);
    expect(screen.queryByTestId("rule-editor")).toBeNull();
  });

  it("does not save a short form it cannot read, and shows why", () => {
    const { onChange } = setup();
    const panel = open(SCORING);
    const row = itemRow(panel, 7);
    fireEvent.click(within(row).getByText("手工说明规则", { selector: "button" }));
    const input = within(row).getByLabelText("手工说明“召开计划生育专题会议”的规则");
    fireEvent.change(input, { target: { value: ">=50%:30 <40%:0" } });
    expect(within(within(row).getByTestId("rule-editor")).getByTestId("rule-reason").textContent).toBe(
      "✗ 未能识别:阈值与不计分线不一致,中间区间未说明",
    );
    fireEvent.keyDown(input, { key: "Enter" });
    expect((within(row).getByText("保存", { selector: "button" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(row).getByText("保存", { selector: "button" }));
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(within(row).getByText("取消", { selector: "button" }));
    expect(within(row).queryByTestId("rule-editor")).toBeNull();
  });

  it("shows a rule stated earlier in place of the sheet's text, and clears it", () => {
    const settings = withRuleOverride(EMPTY_SETTINGS, `${SCORING}!D7`, "有:20");
    const { onChange } = setup({ settings, analysis: analysis(settings) });
    const row = itemRow(open(SCORING), 7);
    expect(row.getAttribute("data-rule")).toBe("understood");
    expect(within(row).getByText("手工规则:有:20")).toBeTruthy();
    expect(within(row).getByText(`表中原文:${DISCRETION}`)).toBeTruthy();
    fireEvent.click(within(row).getByText("修改", { selector: "button" }));
    expect((within(row).getByPlaceholderText("请输入规则") as HTMLInputElement).value).toBe("有:20");
    fireEvent.click(within(row).getByText("取消", { selector: "button" }));
    fireEvent.click(within(row).getByText("清除", { selector: "button" }));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_SETTINGS, ruleOverrides: {} });
  });

  it("corrects an item's level once the clerk asks to, and undoes it", () => {
    const { onChange, view, props } = setup();
    const panel = open(SCORING);
    expect(panel.querySelector("select[aria-label$='的层级']")).toBeNull();
    fireEvent.click(within(panel).getByLabelText("更正层级"));
    const level = within(itemRow(panel, 10)).getByLabelText("“流动人口信息通报”的层级") as HTMLSelectElement;
    expect(level.value).toBe("2");
    expect(level.selectedOptions[0].textContent).toBe("1、");
    fireEvent.change(level, { target: { value: "3" } });
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_SETTINGS, corrections: [{ sheet: SCORING, what: "level", row: 9, level: 3 }] });
    view.rerender(<Understood {...props} settings={withItemLevel(EMPTY_SETTINGS, SCORING, 9, 3)} />);
    const row = itemRow(screen.getByTestId(`understood-${SCORING}`), 10);
    expect(within(row).getByText("已更正")).toBeTruthy();
    fireEvent.click(within(row).getByText("撤销", { selector: "button" }));
    expect(onChange).toHaveBeenLastCalledWith(EMPTY_SETTINGS);
  });

  it("does not save on the Enter that ends a pinyin composition", () => {
    const { onChange } = setup();
    const row = itemRow(open(SCORING), 7);
    fireEvent.click(within(row).getByText("手工说明规则", { selector: "button" }));
    const input = within(row).getByPlaceholderText("请输入规则");
    fireEvent.change(input, { target: { value: "有:20" } });
    fireEvent.keyDown(input, { key: "Enter", keyCode: 229 });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("chooses which score column is computed", () => {
    const { onChange, view, props } = setup();
    const choice = screen.getByTestId("score-column");
    expect((within(choice).getByLabelText("考核得分") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(choice).getByLabelText("自评分"));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_SETTINGS, scoreColumn: "self" });
    view.rerender(<Understood {...props} settings={{ ...EMPTY_SETTINGS, scoreColumn: "self" }} />);
    expect((within(screen.getByTestId("score-column")).getByLabelText("自评分") as HTMLInputElement).checked).toBe(true);
  });

  it("goes to the cell of a column or an item when clicked", () => {
    const { onSelect } = setup();
    const panel = open(SCORING);
    fireEvent.click(within(panel).getByTitle(`转到 ${SCORING}!D2`));
    fireEvent.click(within(itemRow(panel, 5)).getByText("加强机构、队伍建设(配备人员)"));
    expect(onSelect.mock.calls).toEqual([
      [SCORING, "D2"],
      [SCORING, "B5"],
    ]);
  });

  it("is read-only when the workbook cannot keep settings", () => {
    const settings = withColumnRole(withRuleOverride(EMPTY_SETTINGS, `${SCORING}!D7`, "有:20"), SCORING, 7, "remark");
    const { onChange } = setup({ canSave: false, settings });
    expect(screen.getByText("此工作簿不能保存更正(只读)。")).toBeTruthy();
    expect(document.querySelector('input[type="radio"]')).toBeNull();
    expect(within(screen.getByTestId("score-column")).getByText("考核得分")).toBeTruthy();
    const panel = open(SCORING);
    expect(panel.querySelector("select")).toBeNull();
    expect(panel.querySelector("input")).toBeNull();
    for (const control of ["手工说明规则", "撤销", "清除", "修改"]) expect(within(panel).queryByText(control)).toBeNull();
    // what was understood and corrected is still shown
    const h = panel.querySelector('li[data-col="H"]') as HTMLElement;
    expect(within(h).getByText("备注")).toBeTruthy();
    expect(within(h).getByText("已更正")).toBeTruthy();
    expect(within(itemRow(panel, 7)).getByText("手工规则:有:20")).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe("Understood (English)", () => {
  it("labels kinds, roles, rules and controls in English", () => {
    const { onChange } = setup({ lang: "en" });
    expect(screen.getByText("What the add-in understood")).toBeTruthy();
    expect(within(sheetItem(SCORING)).getByText("Scoring sheet · 1 table")).toBeTruthy();
    expect(within(sheetItem("统计表")).getByText("Statistics sheet · 1 table")).toBeTruthy();
    const panel = open(SCORING);
    const select = within(panel).getByLabelText("What column C is") as HTMLSelectElement;
    expect(select.selectedOptions[0].textContent).toBe("Max points");
    expect(within(itemRow(panel, 5)).getByText("10 pts")).toBeTruthy();
    expect(within(itemRow(panel, 5)).getByText("✓ Points per unit, capped")).toBeTruthy();
    expect(within(itemRow(panel, 7)).getByTestId("rule-reason").textContent).toBe(
      "✗ Not understood: left to the assessor's discretion; nothing to compute",
    );
    fireEvent.click(within(itemRow(panel, 7)).getByText("State the rule by hand", { selector: "button" }));
    const input = within(itemRow(panel, 7)).getByPlaceholderText("Type a rule");
    fireEvent.change(input, { target: { value: "每1次+5 上限20" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_SETTINGS, ruleOverrides: { [`${SCORING}!D7`]: "每1次+5 上限20" } });
    expect(within(screen.getByTestId("score-column")).getByLabelText("Self score (自评分)")).toBeTruthy();
  });
});

describe("Understood on large and unusual sheets", () => {
  function bigAnalysis(n: number, standardCol?: number): Analysis {
    const table: Table = {
      headerTop: 0, headerBottom: 0, firstRow: 1, lastRow: n, kind: "scoring",
      columns: [
        { col: 0, header: "序号", role: "number" },
        { col: 1, header: "考核项目", role: "item" },
        { col: 2, header: "分值", role: "max" },
        ...(standardCol !== undefined ? [{ col: standardCol, header: "评分标准", role: "standard" as const }] : []),
        { col: 4, header: "得分", role: "score" },
      ],
    };
    const items: ScoringItem[] = Array.from({ length: n }, (_, i) => ({
      row: i + 1, number: String(i + 1), level: 0, name: `项目${i + 1}`, max: 2, section: "item", children: [], ruleText: "每起扣1分",
    }));
    const tree: ItemTree = { table, items, maxCol: 2, scoreCol: 4, ...(standardCol !== undefined ? { standardCol } : {}) };
    return {
      layout: { sheets: [{ name: "大表", kind: "scoring", tables: [table], trees: [tree], relations: [] }], relations: [] },
      // what the engine understood of each item (no rule read, nothing computed): the cells and override keys
      items: understoodItems("大表", tree, 4, new Map(), new Map()),
      sheets: [{ name: "大表", kind: "scoring", tables: 1 }], findings: [], scores: [], totals: [], writes: [],
    };
  }

  it("lists at most 200 items of a tree and counts the rest; a single sheet starts open", () => {
    setup({ analysis: bigAnalysis(1200, 3) });
    const panel = screen.getByTestId("understood-大表");
    expect(panel.querySelectorAll("li[data-row]").length).toBe(200);
    expect(within(panel).getByText("还有 1000 项未列出")).toBeTruthy();
    expect(within(panel).getByText("考核项目(1200 项)")).toBeTruthy();
    // no 自评分 column: no choice of score column
    expect(screen.queryByTestId("score-column")).toBeNull();
  });

  it("keeps a rule stated by hand by the score cell where the sheet has no standard column", () => {
    const a = bigAnalysis(3);
    const { onChange } = setup({ analysis: a });
    const row = itemRow(screen.getByTestId("understood-大表"), 3);
    fireEvent.click(within(row).getByText("手工说明规则", { selector: "button" }));
    fireEvent.change(within(row).getByPlaceholderText("请输入规则"), { target: { value: "-6" } });
    fireEvent.click(within(row).getByText("保存", { selector: "button" }));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_SETTINGS, ruleOverrides: { "大表!E3": "-6" } });
    expect(a.items?.[1].overrideKey).toBe("大表!E3");
  });

  it("reads and replaces a rule kept under another spelling of its cell", () => {
    const settings = { ...EMPTY_SETTINGS, ruleOverrides: { "'大表'!$e$2": "-3", "别的表!D2": "-1" } };
    const { onChange } = setup({ analysis: bigAnalysis(3), settings });
    const row = itemRow(screen.getByTestId("understood-大表"), 2);
    expect(within(row).getByText("手工规则:-3")).toBeTruthy();
    fireEvent.click(within(row).getByText("清除", { selector: "button" }));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_SETTINGS, ruleOverrides: { "别的表!D2": "-1" } });
  });

  it("shows the engine's reasons in the pane's language", () => {
    expect(reasonIn("zh", { reasonCode: "empty-clause", reasonParams: {} })).toBe("评分标准为空");
    expect(reasonIn("en", { reasonCode: "empty-clause", reasonParams: {} })).toBe("empty scoring clause");
    expect(reasonIn("en", { reasonCode: "above-max", reasonParams: { points: 3, max: 2 } })).toBe("the clause gives 3, more than the item's max 2: ambiguous");
  });
});
