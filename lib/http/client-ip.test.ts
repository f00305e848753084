import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const req = (headers: Record<string, string>) => new Request("http://127.0.0.1/x", { headers });

describe("clientIp", () => {
  it("takes the rightmost X-Forwarded-For entry without trusted proxies (what next start set)", () => {
    expect(clientIp(req({ "x-forwarded-for": "127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIp(req({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" }))).toBe("203.0.113.9");
  });
  it("with N trusted proxies takes the entry N from the right, ignoring what the client prepended", () => {
    expect(clientIp(req({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" }), 2)).toBe("198.51.100.7");
    expect(clientIp(req({ "x-forwarded-for": "198.51.100.7" }), 3)).toBe("198.51.100.7");
  });
  it("normalizes IPv4-mapped IPv6 and lower-cases IPv6", () => {
    expect(clientIp(req({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIp(req({ "x-forwarded-for": "2001:DB8::1" }))).toBe("2001:db8::1");
  });
  it("falls back to X-Real-IP, then 'unknown'; junk is not an address", () => {
    expect(clientIp(req({ "x-real-ip": "192.0.2.4" }))).toBe("192.0.2.4");
    expect(clientIp(req({}))).toBe("unknown");
    expect(clientIp(req({ "x-forwarded-for": "<script>" }))).toBe("unknown");
  });
});
