/**
 * @jest-environment jsdom
 *
 * 取消 in the pane: shown while a file is read or a check runs (when the pane is given a way to
 * stop them), it calls that; the stopped action says "cancelled" in the pane's language as a
 * status, not as a failure; the next check runs normally.
 */
import * as React from "react";
import { configure, act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { browserHostFromSnapshot } from "../../src/hosts/browser";
import type { WorkbookSnapshot } from "../../src/engine/grid";
import type { Analysis } from "../../src/engine";
import { fakeExcelHost, planWith, SNAPSHOT, SUM_FINDING } from "./fakes";

// a loaded machine (CI, parallel jest workers) renders slower than testing-library's 1 s default
configure({ asyncUtilTimeout: 8000 });

function abortError(): Error {
  const e = new Error("cancelled");
  e.name = "AbortError";
  return e;
}

describe("取消 while reading or checking", () => {
  it("stops a running check: the cancel is called, the pane says so, the next check works", async () => {
    let fail: (e: Error) => void = () => undefined;
    const analyze = jest
      .fn<Promise<Analysis>, [WorkbookSnapshot]>()
      .mockImplementationOnce(() => new Promise<Analysis>((_resolve, reject) => (fail = reject)))
      .mockImplementation(async () => planWith([SUM_FINDING]));
    const cancel = jest.fn(() => fail(abortError()));
    render(<App lang="zh" host={fakeExcelHost()} analyze={analyze} cancel={cancel} />);
    expect(screen.queryByTestId("cancel-work")).toBeNull(); // nothing running: no 取消
    fireEvent.click(await screen.findByRole("button", { name: "检查" }));
    const button = await screen.findByTestId("cancel-work");
    expect(button.textContent).toBe("取消");
    await act(async () => fireEvent.click(button));
    expect(cancel).toHaveBeenCalledTimes(1);
    expect((await screen.findByTestId("status")).textContent).toMatch(/^已取消/);
    expect(screen.queryByTestId("error")).toBeNull();
    expect(screen.queryByTestId("cancel-work")).toBeNull();
    expect(screen.queryByTestId("summary")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    expect((await screen.findByTestId("summary")).textContent).toMatch(/1 个错误/);
  });

  it("stops opening a file (English): the pane says it was cancelled and keeps the workbook it had", async () => {
    let fail: (e: Error) => void = () => undefined;
    const openFile = jest.fn(() => new Promise<never>((_resolve, reject) => (fail = reject)));
    const cancel = jest.fn(() => fail(abortError()));
    const first = browserHostFromSnapshot(SNAPSHOT, "sample.xlsx");
    render(<App lang="en" host={first} analyze={async (s) => planWith([SUM_FINDING], s)} openFile={openFile} cancel={cancel} />);
    expect(await screen.findByText("sample.xlsx")).toBeTruthy();
    const file = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], "huge.xlsx");
    Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(4) });
    fireEvent.change(screen.getByTestId("open-file"), { target: { files: [file] } });
    const button = await screen.findByTestId("cancel-work");
    expect(button.textContent).toBe("Cancel");
    await act(async () => fireEvent.click(button));
    expect((await screen.findByTestId("status")).textContent).toMatch(/^Cancelled/);
    expect(screen.queryByTestId("error")).toBeNull();
    expect(screen.getByText("sample.xlsx")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    expect((await screen.findByTestId("summary")).textContent).toMatch(/1 error/);
  });

  it("no 取消 where the pane is given no way to stop", async () => {
    let finish: (a: Analysis) => void = () => undefined;
    render(<App lang="zh" host={fakeExcelHost()} analyze={() => new Promise<Analysis>((r) => (finish = r))} />);
    fireEvent.click(await screen.findByRole("button", { name: "检查" }));
    await screen.findByText("检查", { selector: "button" });
    expect(screen.queryByTestId("cancel-work")).toBeNull();
    await act(async () => finish(planWith([])));
  });
});
