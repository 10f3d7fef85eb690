import { expect, it } from "vitest";
import { safeHttpUrl } from "./external-link";

it("keeps http(s) links and withholds every other protocol", () => {
  expect(safeHttpUrl("https://thediplomat.com/")).toBe("https://thediplomat.com/");
  expect(safeHttpUrl("http://example.org/a b")).toBe("http://example.org/a%20b");
  expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
  expect(safeHttpUrl(" JavaScript:alert(1)")).toBeNull();
  expect(safeHttpUrl("data:text/html,<b>x</b>")).toBeNull();
  expect(safeHttpUrl("/relative")).toBeNull();
  expect(safeHttpUrl("")).toBeNull();
});
