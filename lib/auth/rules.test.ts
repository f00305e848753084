import { describe, expect, it } from "vitest";
import { nameProblem, passwordProblem, safeNext } from "./rules";

describe("passwordProblem", () => {
  it("accepts 10 to 128 characters that are not one repeated character or the email", () => {
    expect(passwordProblem("correct-horse")).toBeNull();
    expect(passwordProblem("a".repeat(9) + "b")).toBeNull();
    expect(passwordProblem("x".repeat(127) + "y")).toBeNull();
  });
  it("refuses short, long, repeated and email passwords with a reason", () => {
    expect(passwordProblem("short-pw1")).toBe("Use at least 10 characters.");
    expect(passwordProblem("")).toBe("Use at least 10 characters.");
    expect(passwordProblem("x".repeat(129))).toBe("Use at most 128 characters.");
    expect(passwordProblem("aaaaaaaaaaaa")).toBe("Use more than one repeated character.");
    expect(passwordProblem("Lin@Example.com", { email: "lin@example.com" })).toBe("Do not use your email address as your password.");
    expect(passwordProblem("linlinlin-1", { email: "linlinlin-1@example.com" })).toBe("Do not use your email address as your password.");
  });
});

describe("nameProblem", () => {
  it("wants a visible one-line name of at most 80 characters", () => {
    expect(nameProblem("Ada Lovelace")).toBeNull();
    expect(nameProblem("   ")).toBe("Enter your name.");
    expect(nameProblem("x".repeat(81))).toBe("Use at most 80 characters.");
    expect(nameProblem("Ada\nLovelace")).toBe("Use a single line without control characters.");
  });
});

describe("safeNext", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeNext("/learn/01-a/02-b?tab=quiz#q3")).toBe("/learn/01-a/02-b?tab=quiz#q3");
    expect(safeNext("/dashboard")).toBe("/dashboard");
    expect(safeNext("/a/../course")).toBe("/course");
  });
  it("falls back for anything that could leave the site or is not a path", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "evil.example",
      "/\t/evil.example",
      "/%0a",
      "",
      null,
      undefined,
      "/" + "a".repeat(2048),
    ]) {
      const result = safeNext(bad as string, "/course");
      expect(result.startsWith("/") && !result.startsWith("//"), String(bad)).toBe(true);
      expect(new URL(result, "http://site.test").origin).toBe("http://site.test");
    }
    expect(safeNext("https://evil.example/")).toBe("/course");
    expect(safeNext("//evil.example/x", "/")).toBe("/");
    expect(safeNext("/\\evil.example")).toBe("/course");
  });
});
