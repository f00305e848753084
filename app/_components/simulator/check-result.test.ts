import { describe, expect, it } from "vitest";
import { interpretCheckResponse } from "./check-result";

const verdictBody = {
  attemptId: "a1",
  exerciseId: "x",
  passed: false,
  score: 1,
  maxScore: 2,
  results: [
    { id: "a", title: "A exists", passed: true, message: "ok" },
    { id: "b", title: "B ready", passed: false, message: "B is not Ready" },
  ],
  desync: false,
  repeated: false,
};

describe("interpretCheckResponse", () => {
  it("a 200 gives the verdict and each check", () => {
    const o = interpretCheckResponse(200, verdictBody);
    expect(o.error).toBeNull();
    expect(o.verdict).toMatchObject({ passed: false, score: 1, maxScore: 2, desync: false });
    expect(o.verdict?.results.map((r) => [r.title, r.passed, r.message])).toEqual([
      ["A exists", true, "ok"],
      ["B ready", false, "B is not Ready"],
    ]);
  });

  it("401 asks the guest to sign in, and still shows a verdict when the body has one", () => {
    expect(interpretCheckResponse(401, { error: { code: "not-signed-in", message: "Sign in to have your exercises checked." } })).toEqual({ verdict: null, error: "Sign in to save your progress." });
    const o = interpretCheckResponse(401, { ...verdictBody, error: { code: "not-signed-in", message: "…" } });
    expect(o.error).toBe("Sign in to save your progress.");
    expect(o.verdict?.results).toHaveLength(2);
  });

  it("422 shows the server's message and details; 5xx and unreadable answers get a plain retry message", () => {
    expect(interpretCheckResponse(422, { error: { code: "invalid-attempt", message: "The attempt is not valid.", details: ["actions.3.at: virtual time cannot be negative"] } }).error).toBe(
      "The attempt is not valid. (actions.3.at: virtual time cannot be negative)",
    );
    expect(interpretCheckResponse(422, { error: { code: "budget-exceeded", message: "Replay took over 1 s." } }).error).toBe("Your attempt took too long to check. Replay took over 1 s.");
    expect(interpretCheckResponse(500, undefined)).toEqual({ verdict: null, error: "The server could not check your work. Try again in a moment." });
    expect(interpretCheckResponse(404, {}).error).toBe("The check failed (HTTP 404).");
    expect(interpretCheckResponse(200, "nonsense")).toEqual({ verdict: null, error: "The server's answer could not be read. Try again." });
  });
});
