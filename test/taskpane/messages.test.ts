/**
 * Every message the Chinese pane can show is Chinese: each message code's text, each of the
 * pane's strings, and the engine's finding messages and explanations over every fixture
 * workbook. Words a Chinese clerk reads as they are (Excel, WPS, .xlsx, a cell address, a
 * formula) are allowed; any other run of Latin letters is English that slipped in.
 */
import { MESSAGE_CODES, MESSAGES, messageOf, messageText } from "../../src/taskpane/messages";
import { STRINGS } from "../../src/taskpane/i18n";
import { analyzeWorkbook } from "../../src/engine";
import type { Finding } from "../../src/engine/findings";
import { snapshotWorkbook } from "../../src/hosts/xlsx/read";
import { XlsxReadError } from "../../src/hosts/xlsx/read";
import { ApplyConflictError } from "../../src/hosts/excel/apply";
import { allFixtures, buildSampleWorkbook } from "../fixtures";

const ALLOWED = /\b(?:Excel|WPS|xlsx|xls|xlsm|TRUE|FALSE|A4)\b/g;
/** English words: two or more Latin letters, after the allowed words, cell addresses and sheet-qualified refs are taken out */
function english(text: string): string[] {
  const stripped = text
    .replace(ALLOWED, "")
    .replace(/\b[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?\b/g, "") // G5, C5:C11
    .replace(/[=][A-Z(][^\s,,;;]*/g, ""); // a formula shown as such
  return stripped.match(/[A-Za-z]{2,}/g) ?? [];
}

describe("message codes", () => {
  it("every code has a text in both languages, and the Chinese one has no English", () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
    expect(MESSAGE_CODES.length).toBeGreaterThan(15);
    for (const code of MESSAGE_CODES) {
      const m = { code, subject: "考核表.xlsx" };
      const zh = messageText("zh", m);
      expect([code, english(zh)]).toEqual([code, []]);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      // each says what to do: a sentence after the first
      expect([code, zh.split("。").filter(Boolean).length >= 2 || /请/.test(zh)]).toEqual([code, true]);
      expect(messageText("en", { code, subject: "report.xlsx" })).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("reads the hosts' errors into codes", () => {
    expect(messageOf(new XlsxReadError("this is an old .xls (Excel 97-2003) file or an encrypted workbook; save it as .xlsx and try again"), "a.xls").code).toBe("file-xls");
    expect(messageOf(new XlsxReadError("not an .xlsx workbook (the file is not a zip archive)"), "notes.xlsx")).toEqual({ code: "file-not-xlsx", subject: "notes.xlsx" });
    expect(messageOf(new XlsxReadError("the file is empty, not an .xlsx workbook"), "e.xlsx").code).toBe("file-empty");
    expect(messageOf(new ApplyConflictError(["考核评分表!G5"]))).toEqual({ code: "cells-changed", subject: "考核评分表!G5" });
    expect(messageOf(new Error("工作表已不存在,未撤销任何内容:考核评分表 / Worksheet no longer exists, nothing was undone: 考核评分表"))).toEqual({
      code: "sheet-gone-undo",
      subject: "考核评分表",
    });
    expect(messageOf(new Error("RichApi.Error: boom"))).toEqual({ code: "unexpected", detail: "RichApi.Error: boom" });
  });
});

describe("the Chinese pane's own strings", () => {
  it("have no English, whatever they are called with", () => {
    const zh = STRINGS.zh as unknown as Record<string, unknown>;
    const sample: Finding = { kind: "count-exceeds-base", severity: "error", sheet: "统计表", cell: "C5", related: ["C4"], expected: 1275, actual: 1300, message: "已签约 1300 超过人群总数 1275", messageEn: "" };
    const args = [2, 1, 1, 1];
    for (const [key, v] of Object.entries(zh)) {
      let texts: string[];
      if (typeof v === "string") texts = [v];
      else if (typeof v === "function") {
        const fn = v as (...a: unknown[]) => unknown;
        const out = key === "figures" ? fn(sample) : key === "sentences" ? fn(["甲", "乙"]) : key === "noFindingsChecked" ? fn(["统计表", "说明"]) : key === "marked" ? fn(3, "notes", 2) : /Title|Choose|Kept|Value|goTo|related|failed|reported|downloaded|actionFailed/.test(key) ? fn("考核评分表", "G5") : fn(...args);
        texts = [String(out)];
      } else texts = Object.values(v as Record<string, string>);
      for (const t of texts) expect([key, english(t)]).toEqual([key, []]);
    }
  });

  it("words a bound as a bound, and keeps units with their figures", () => {
    const f = (kind: Finding["kind"], expected: number, actual: number, message = ""): Finding => ({
      kind, severity: "error", sheet: "表", cell: "C5", related: [], expected, actual, message, messageEn: "",
    });
    expect(STRINGS.zh.figures(f("count-exceeds-base", 1275, 1300))).toBe("不应超过 1275,实为 1300");
    expect(STRINGS.en.figures(f("count-exceeds-base", 1275, 1300))).toBe("at most 1275, actual 1300");
    expect(STRINGS.zh.figures(f("part-exceeds-total", 3571, 3517))).toBe("不应小于 3571,实为 3517");
    expect(STRINGS.zh.figures(f("cap-exceeded", 5, 6))).toBe("不应超过 5,实为 6");
    expect(STRINGS.zh.figures(f("sum-mismatch", 182, 180))).toBe("应为 182,实为 180");
    expect(STRINGS.zh.figures(f("rate-mismatch", 100, 112.55, "签约率 112.55% 与 …"))).toBe("应为 100.00%,实为 112.55%");
    expect(STRINGS.zh.figures(f("rate-mismatch", 8.48, 8.84, "出生率 8.84 与 530/62500 = 8.48‰ 不一致"))).toBe("应为 8.48‰,实为 8.84‰");
  });
});

describe("the engine's words in the Chinese pane", () => {
  it("finding messages and score explanations of every fixture have no English", () => {
    const fixtures = [...allFixtures(), buildSampleWorkbook({ planted: true })];
    let messages = 0;
    for (const fx of fixtures) {
      const a = analyzeWorkbook(snapshotWorkbook(fx.workbook));
      for (const f of a.findings) {
        messages++;
        expect([fx.file, f.kind, english(f.message)]).toEqual([fx.file, f.kind, []]);
        expect(f.messageEn).not.toMatch(/不一致|无法|未能/);
      }
      for (const s of a.scores) expect([fx.file, s.cell, english(s.explain ?? "")]).toEqual([fx.file, s.cell, []]);
    }
    expect(messages).toBeGreaterThan(10);
  });

  it("an engine reason reaches each language apart (a clause it cannot read)", () => {
    const snapshot = {
      sheets: [{
        name: "考核表",
        values: [
          ["序号", "考核项目", "分值", "评分标准", "完成情况", "得分"],
          [1, "队伍建设", 10, "视情况酌情给分", "3人", null],
          [2, "配备人员", 10, "每配备1名计3分,计满10分为止", "很多", null],
          ["", "合计", 20, "", "", null],
        ],
      }],
    };
    const a = analyzeWorkbook(snapshot);
    const found = a.findings.filter((f) => f.kind === "unparsed-rule" || f.kind === "bad-value");
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(english(f.message)).toEqual([]);
      expect(f.messageEn).not.toMatch(/未能|无法|不是/);
    }
  });
});
