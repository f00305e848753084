// Every terminal block lesson 4.5 shows must be what the simulator prints, and the policy it
// prints must be the one the session applies.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeTranscripts } from "@/lib/content/testing/transcripts";
import { DEBUGGING_SESSIONS, ORDERS_ALLOW_FRONTEND } from "./debugging-transcripts";

describeTranscripts(__dirname, DEBUGGING_SESSIONS);

describe("05-debugging-services: the manifest it prints", () => {
  it("shows orders-allow-frontend.yaml exactly as the session applies it", () => {
    const mdx = fs.readFileSync(path.join(__dirname, "05-debugging-services", "lesson.mdx"), "utf8");
    expect(mdx).toContain("```yaml\n" + ORDERS_ALLOW_FRONTEND + "```");
  });
});
