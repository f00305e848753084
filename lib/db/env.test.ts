import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      DATABASE_URL: undefined,
      PGLITE_DATA_DIR: ".data/pglite",
      TRUSTED_PROXY_HOPS: 0,
      RATE_LIMIT_MULTIPLIER: 1,
      ALLOWED_ORIGINS: [],
    });
  });

  it("reads proxy hops and the rate-limit multiplier as numbers, refusing nonsense", () => {
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2", RATE_LIMIT_MULTIPLIER: "1000" })).toMatchObject({ TRUSTED_PROXY_HOPS: 2, RATE_LIMIT_MULTIPLIER: 1000 });
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ RATE_LIMIT_MULTIPLIER: "0" })).toThrow(/RATE_LIMIT_MULTIPLIER/);
  });

  it("splits ALLOWED_ORIGINS and refuses entries that are not URLs", () => {
    expect(parseEnv({ ALLOWED_ORIGINS: "https://a.example, http://localhost:3000" }).ALLOWED_ORIGINS).toEqual(["https://a.example", "http://localhost:3000"]);
    expect(() => parseEnv({ ALLOWED_ORIGINS: "a.example" })).toThrow(/ALLOWED_ORIGINS/);
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
