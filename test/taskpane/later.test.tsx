/** @jest-environment jsdom */
/** `later`: a component from a chunk fetched at once, shown when it arrives, at once after that. */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import { later } from "../../src/taskpane/later";

function Hello({ name }: { name: string }): React.ReactElement {
  return <p data-testid="hello">你好 {name}</p>;
}

describe("later", () => {
  it("renders nothing until the chunk is there, then the component with its props", async () => {
    let arrive!: (c: React.ComponentType<{ name: string }>) => void;
    const Later = later(() => new Promise<React.ComponentType<{ name: string }>>((r) => (arrive = r)));
    render(<Later name="城关镇" />);
    expect(screen.queryByTestId("hello")).toBeNull();
    await act(async () => arrive(Hello));
    expect(screen.getByTestId("hello").textContent).toBe("你好 城关镇");
  });

  it("renders at once when the chunk arrived before the first render", async () => {
    const Later = later(() => Promise.resolve(Hello));
    await act(async () => undefined);
    render(<Later name="北关镇" />);
    expect(screen.getByTestId("hello").textContent).toBe("你好 北关镇");
  });

  it("starts fetching when it is defined, not when first rendered", () => {
    const load = jest.fn(() => Promise.resolve(Hello));
    later(load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("throws the load's error to the nearest error boundary", async () => {
    const Later = later<{ name: string }>(() => Promise.reject(new Error("chunk failed")));
    await act(async () => undefined);
    class Boundary extends React.Component<{ children: React.ReactNode }, { error?: string }> {
      override state: { error?: string } = {};
      static getDerivedStateFromError(e: Error) {
        return { error: e.message };
      }
      override render() {
        return this.state.error ? <p data-testid="err">{this.state.error}</p> : this.props.children;
      }
    }
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(<Boundary><Later name="x" /></Boundary>);
    spy.mockRestore();
    expect(screen.getByTestId("err").textContent).toBe("chunk failed");
  });
});
