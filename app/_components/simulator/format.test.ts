import { expect, it } from "vitest";
import { formatVirtualTime } from "./format";

it("formats virtual time as h:mm:ss.t", () => {
  expect(formatVirtualTime(0)).toBe("0:00:00.0");
  expect(formatVirtualTime(42_399)).toBe("0:00:42.3");
  expect(formatVirtualTime(3_723_000)).toBe("1:02:03.0");
  expect(formatVirtualTime(-5)).toBe("0:00:00.0");
});
