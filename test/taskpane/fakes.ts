/** Test doubles for the pane: a WorkbookHost that records selections, and plans with real figures. */
import type { Finding } from "../../src/engine/findings";
import type { WorkbookSnapshot } from "../../src/engine/grid";
import type { Analysis } from "../../src/engine";
import type { WorkbookHost } from "../../src/hosts/host";

export const SNAPSHOT: WorkbookSnapshot = {
  sheets: [
    {
      name: "统计表",
      values: [
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
    {
      name: "出生情况",
      values: [
        ["项目", "人数"],
        ["出生人数", 860],
        ["政策内", 832],
        ["政策外", 26],
      ],
    },
  ],
};

export const SUM_FINDING: Finding = {
  kind: "sum-mismatch",
  severity: "error",
  sheet: "统计表",
  cell: "B9",
  related: ["B2:B8"],
  expected: 182,
  actual: 180,
  message: "合计 180 与分项之和 182 不一致(相差 2)",
  messageEn: "Total 180 differs from the sum of its parts 182 (by 2)",
};

export const BIRTH_FINDING: Finding = {
  kind: "sum-mismatch",
  severity: "error",
  sheet: "出生情况",
  cell: "B2",
  related: ["B3:B4"],
  expected: 858,
  actual: 860,
  message: "合计 860 与分项之和 858 不一致(相差 2)",
  messageEn: "Total 860 differs from the sum of its parts 858 (by 2)",
};

export const WARNING: Finding = {
  kind: "part-exceeds-total",
  severity: "warning",
  sheet: "统计表",
  cell: "B2",
  related: ["B3"],
  message: "分项说明不完整",
  messageEn: "The breakdown leaves a remainder",
};

/** An analysis with these findings and nothing understood beyond the sheets' kinds. */
export function planWith(findings: Finding[], snapshot: WorkbookSnapshot = SNAPSHOT): Analysis {
  return {
    layout: {
      sheets: snapshot.sheets.map((s) => ({ name: s.name, kind: "statistics" as const, tables: [], trees: [], relations: [] })),
      relations: [],
    },
    sheets: snapshot.sheets.map((s) => ({ name: s.name, kind: "statistics" as const, tables: 1 })),
    findings,
    scores: [],
    totals: [],
    writes: [],
  };
}

export interface FakeHost extends WorkbookHost {
  readonly selections: Array<[string, string]>;
  reads: number;
}

export function fakeExcelHost(snapshot: WorkbookSnapshot = SNAPSHOT, title = "考核表.xlsx"): FakeHost {
  const host: FakeHost = {
    kind: "excel",
    selections: [],
    reads: 0,
    async title() {
      return title;
    },
    async readSnapshot(onProgress) {
      host.reads++;
      onProgress?.({ phase: "read", fraction: 1 });
      return snapshot;
    },
    async select(sheet, address) {
      host.selections.push([sheet, address]);
    },
  };
  return host;
}
