// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DatasetLoadError } from "../data/load-dataset";
import { LoadError } from "./load-error";

afterEach(cleanup);

const problems = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ path: `agreements[${i}].signed`, message: "not a real date" }));

describe("LoadError", () => {
  it("shows the first 50 problems, counts the rest and offers the whole list", () => {
    render(<LoadError error={new DatasetLoadError("schema", "x.json does not match", problems(180))} />);
    const list = screen.getByRole("list", { name: "Problems" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(50);
    expect(screen.getByText(/180 problems found \(the first 50 below\)/)).toBeTruthy();
    expect(screen.getByText("…and 130 more.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Download all problems" })).toBeTruthy();
  });

  it("lists a short list whole, without a count of the rest", () => {
    render(<LoadError error={new DatasetLoadError("schema", "x.json does not match", problems(2))} />);
    expect(within(screen.getByRole("list", { name: "Problems" })).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.queryByText(/more\.$/)).toBeNull();
  });
});
