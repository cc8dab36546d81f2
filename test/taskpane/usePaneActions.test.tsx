/** @jest-environment jsdom */
// usePaneActions: one run(phase, label, fn) for the progress phase, the error bar and the status line.
import { act, renderHook } from "@testing-library/react";
import { usePaneActions } from "../../src/taskpane/components/usePaneActions";
import { STRINGS } from "../../src/taskpane/i18n";

const t = STRINGS.zh;

function setup() {
  return renderHook(() => usePaneActions("zh", t, null));
}

it("shows the phase while the action runs, then the status it returns, and clears the bars first", async () => {
  const { result } = setup();
  act(() => result.current.setStatus("旧的状态"));
  let finish!: () => void;
  let running!: Promise<void>;
  act(() => {
    running = result.current.run("write", t.apply, (ctx) => new Promise<string>((resolve) => (finish = () => (ctx.phase("analyze"), resolve("已写入"))) ));
  });
  expect(result.current.phase).toBe("write");
  expect(result.current.busy).toBe(true);
  expect(result.current.status).toBeNull();
  await act(async () => {
    finish();
    await running;
  });
  expect(result.current.phase).toBeNull();
  expect(result.current.status).toBe("已写入");
  expect(result.current.error).toBeNull();
});

it("titles a failure with the action, runs `after` either way, and says nothing else", async () => {
  const { result } = setup();
  const after = jest.fn(async () => undefined);
  await act(() => result.current.run("undo", t.undo, async () => { throw new Error("撤销记录已损坏"); }, { after }));
  expect(after).toHaveBeenCalledTimes(1);
  expect(result.current.error?.title).toBe(t.actionFailedTitle(t.undo));
  expect(result.current.status).toBeNull();
  expect(result.current.phase).toBeNull();
  // a null label is a failed check
  await act(() => result.current.run("read", null, async () => { throw new Error("x"); }));
  expect(result.current.error?.title).toBe(t.checkFailed);
});

it("a failed re-check after the action is a failed check, and the action's status still shows", async () => {
  const { result } = setup();
  await act(() =>
    result.current.run("write", t.apply, async (ctx) => {
      const checked = await ctx.recheck(async () => { throw new Error("读不到工作簿"); });
      return t.applied(3, checked !== undefined);
    }),
  );
  expect(result.current.error?.title).toBe(t.checkFailed);
  expect(result.current.status).toBe(t.applied(3, false));
});

it("keeps the status (clear: error) or both bars (clear: none) when asked", async () => {
  const { result } = setup();
  act(() => result.current.setStatus("保留"));
  await act(() => result.current.run("analyze", t.recalc, async () => undefined, { clear: "error" }));
  expect(result.current.status).toBe("保留");
  await act(() => result.current.run("read", null, async () => { throw new Error("x"); }));
  await act(() => result.current.run("analyze", t.recalc, async () => undefined, { clear: "none" }));
  expect(result.current.error?.title).toBe(t.checkFailed);
});
