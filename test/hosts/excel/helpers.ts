/** Shared by the Excel-host tests: run a host function against a fake workbook. */
import { createFakeExcel, type FakeExcel, type FakeWorkbookInit } from "../../support/fakeExcel";

export function fake(init: FakeWorkbookInit): FakeExcel {
  return createFakeExcel(init);
}

/** Excel.run on the fake, with the fake's context typed as the real one. */
export function run<T>(fx: FakeExcel, fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return fx.Excel.run((ctx) => fn(ctx as unknown as Excel.RequestContext));
}

/** Office must be visible to the host for requirement-set checks. */
export function withOffice(fx: FakeExcel): () => void {
  return fx.install();
}
