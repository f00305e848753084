import { describe, expect, it } from "vitest";
import { base64Encode, base64Error } from "./secret";
import { isConfigMapKey } from "./configmap";
import { kindFor, resolveKind } from "./index";

describe("core kinds", () => {
  it("base64 like Go's StdEncoding", () => {
    expect(base64Encode("hunter2")).toBe("aHVudGVyMg==");
    expect(base64Encode("é")).toBe("w6k=");
    expect(base64Error("aGk=")).toBeUndefined();
    expect(base64Error("aGk")).toBe("illegal base64 data at input byte 3");
    expect(base64Error("a*Gk")).toBe("illegal base64 data at input byte 1");
    expect(base64Error("a")).toBe("illegal base64 data at input byte 0");
  });

  it("config keys", () => {
    expect(isConfigMapKey("app.properties")).toEqual([]);
    expect(isConfigMapKey("a b")).toEqual([
      "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    ]);
    expect(isConfigMapKey("..x")).toEqual(["must not start with '..'"]);
  });

  it("registry resolves kinds, resources and short names", () => {
    expect(resolveKind("ns")?.kind).toBe("Namespace");
    expect(resolveKind("cm")?.resource).toBe("configmaps");
    expect(resolveKind("ev")?.kind).toBe("Event");
    expect(resolveKind("Secret")?.resource).toBe("secrets");
    expect(kindFor("v1", "Pod")?.resource).toBe("pods");
    expect(kindFor("apps/v1", "Pod")).toBeUndefined();
  });
});
