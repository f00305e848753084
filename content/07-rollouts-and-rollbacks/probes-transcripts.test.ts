// Every terminal block lesson 7.4 shows must be what the simulator prints, and the manifests
// it prints must be the ones the session applies.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeTranscripts } from "@/lib/content/testing/transcripts";
import { API_LIVENESS_ONLY, API_WITH_STARTUP, FILE_CHECK_POD, PROBES_SESSIONS } from "./probes-transcripts";

describeTranscripts(__dirname, PROBES_SESSIONS);

describe("04-health-probes: the manifests it prints", () => {
  const mdx = fs.readFileSync(path.join(__dirname, "04-health-probes", "lesson.mdx"), "utf8");
  it.each([
    ["api.yaml", API_LIVENESS_ONLY],
    ["api-startup.yaml", API_WITH_STARTUP],
    ["file-check.yaml", FILE_CHECK_POD],
  ])("shows %s exactly as the session applies it", (_file, manifest) => {
    expect(mdx).toContain("```yaml\n" + manifest + "```");
  });
});
