// Every terminal block lessons 4.3 and 4.4 show must be what the simulator prints; and the
// kube-proxy rules lesson 4.3 prints must be the ones the simulator's kube-proxy programs.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { KubeObject } from "@/lib/sim/types";
import { createCluster, INGRESS_NGINX_MANIFEST } from "@/lib/sim";
import { formatRuleTable, ruleTable, type NetworkView } from "@/lib/sim/network";
import { describeTranscripts } from "@/lib/content/testing/transcripts";
import { DB_POLICY, SHOP_INGRESS, TRAFFIC_SESSIONS } from "./traffic-transcripts";

describeTranscripts(__dirname, TRAFFIC_SESSIONS);

const RULES_HEADER = "```text\n# kube-proxy's nat rules for default/web on kind-worker\n";

describe("03-dns-and-kube-proxy: the kube-proxy rules block", () => {
  it("lists, in order, rules the simulated kube-proxy writes on kind-worker at the end of the session", () => {
    const session = TRAFFIC_SESSIONS.find((s) => s.lesson === "03-dns-and-kube-proxy")!;
    const cluster = createCluster({ seed: session.seed, nodes: session.nodes });
    for (const step of session.steps) {
      if (step.advance) cluster.advance(step.advance);
      if (step.run) cluster.kubectl(step.run, step.stdin);
    }
    const items = (resource: string) => JSON.parse(cluster.kubectl(`get ${resource} -A -o json`).stdout).items as KubeObject[];
    const view: NetworkView = { services: items("services"), endpointSlices: items("endpointslices"), pods: items("pods"), nodes: items("nodes") };
    const rules = formatRuleTable(ruleTable(view, "kind-worker")).split("\n");

    const mdx = fs.readFileSync(path.join(__dirname, session.lesson, "lesson.mdx"), "utf8");
    const start = mdx.indexOf(RULES_HEADER);
    expect(start, "the rules block is missing").toBeGreaterThanOrEqual(0);
    const shown = mdx.slice(start + RULES_HEADER.length, mdx.indexOf("\n```", start + RULES_HEADER.length)).split("\n");
    expect(shown.length).toBeGreaterThanOrEqual(5);
    let i = 0;
    for (const line of shown) {
      while (i < rules.length && rules[i] !== line) i++;
      expect(i, `rule not programmed (in this order) on kind-worker: ${line}\n--- the simulator's rules:\n${rules.join("\n")}`).toBeLessThan(rules.length);
      i++;
    }
  });
});

describe("04-ingress-and-network-policies: the manifests it prints", () => {
  const mdx = fs.readFileSync(path.join(__dirname, "04-ingress-and-network-policies", "lesson.mdx"), "utf8");
  it.each([
    ["shop-ingress.yaml", SHOP_INGRESS],
    ["db-policy.yaml", DB_POLICY],
    ["ingress-nginx.yaml", INGRESS_NGINX_MANIFEST],
  ])("shows %s exactly as the session applies it", (_file, manifest) => {
    expect(mdx).toContain("```yaml\n" + manifest + "```");
  });
});
