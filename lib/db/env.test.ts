import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      DATABASE_URL: undefined,
      PGLITE_DATA_DIR: ".data/pglite",
      DEMO_VIEWER_EMAIL: "ada@reconcile.dev",
    });
  });

  it("treats an empty DATABASE_URL as unset and accepts postgres URLs", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@h:5432/d" }).DATABASE_URL).toBe("postgresql://u:p@h:5432/d");
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      "Invalid environment:\n  DATABASE_URL: must start with postgres:// or postgresql://",
    );
  });
});
