/**
 * Microsoft's office-addin-mock drives one small Office.js function, as the React template does
 * (it does not model collections or sync semantics; the fake covers those).
 */
import { OfficeMockObject } from "office-addin-mock";
import { selectCell } from "../../../src/hosts/excel/select";

test("selectCell with office-addin-mock: activates the sheet, selects the cell, one sync", async () => {
  const calls: string[] = [];
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem(name: string) {
            calls.push(`getItem:${name}`);
            return {
              activate: () => calls.push("activate"),
              getRange: (address: string) => {
                calls.push(`getRange:${address}`);
                return { select: () => calls.push("select") };
              },
            };
          },
        },
      },
    },
  }) as unknown as { context: Excel.RequestContext };
  const sync = jest.spyOn(mock.context, "sync");
  await selectCell(mock.context, "统计表", "C12");
  expect(calls).toEqual(["getItem:统计表", "activate", "getRange:C12", "select"]);
  expect(sync).toHaveBeenCalledTimes(1);
});
