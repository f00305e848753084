import { afterEach, beforeEach, vi } from "vitest";

// A test that logs console.error has hidden a failure: make it fail loudly instead.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    throw new Error(`console.error was called during this test:\n${errors.map((a) => a.map(String).join(" ")).join("\n")}`);
  }
});
