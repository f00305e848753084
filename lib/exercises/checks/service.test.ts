import { describe, expect, it } from "vitest";
import type { ApiObject } from "../types";
import { serviceRoutesTo } from "./service";
import { pod, runCheck } from "./testing";

const service = (selector: Record<string, string> | undefined): ApiObject => ({
  apiVersion: "v1",
  kind: "Service",
  metadata: { name: "web", namespace: "default", uid: "s1" },
  spec: { ...(selector ? { selector } : {}), ports: [{ port: 80 }] },
});
const endpoints = (ready: number, notReady = 0) =>
  ({
    apiVersion: "v1",
    kind: "Endpoints",
    metadata: { name: "web", namespace: "default", uid: "e1" },
    subsets: [{ addresses: Array.from({ length: ready }, (_, i) => ({ ip: `10.244.1.${i + 2}` })), notReadyAddresses: Array.from({ length: notReady }, (_, i) => ({ ip: `10.244.2.${i + 2}` })), ports: [{ port: 80 }] }],
  }) as unknown as ApiObject;

describe("serviceRoutesTo", () => {
  const check = serviceRoutesTo("svc", { name: "web" }, 2);
  const webPod = (name: string, ready: boolean) => pod(name, { labels: { app: "web" }, ready });

  it("passes with enough ready addresses", () => {
    expect(runCheck(check, { end: [service({ app: "web" }), endpoints(3)] })).toEqual({ pass: true, message: "service/web routes to 3 ready pods." });
    expect(runCheck(serviceRoutesTo("svc", { name: "web" }, 2, { mode: "exactly" }), { end: [service({ app: "web" }), endpoints(3)] }).pass).toBe(false);
  });

  it("explains an empty Service from the cluster's state", () => {
    expect(runCheck(check, {}).message).toBe("There is no service/web in the cluster.");
    expect(runCheck(check, { end: [service(undefined)] }).message).toBe("service/web has no selector, so no pod is routed to; expected at least 2.");
    expect(runCheck(check, { end: [service({ app: "web" }), pod("a", { labels: { app: "api" }, ready: true })] }).message).toBe(
      "service/web routes to no pod: its selector app=web matches no pod labels; expected at least 2.",
    );
    expect(runCheck(check, { end: [service({ app: "web" }), endpoints(1, 1), webPod("a", true), webPod("b", false)] }).message).toBe(
      "service/web routes to 1 ready pod: its selector app=web matches 2 pods, of which 1 is Ready; expected at least 2.",
    );
    expect(runCheck(check, { end: [service({ app: "web" }), endpoints(1), webPod("a", true), webPod("b", true)] }).message).toBe("service/web routes to 1 ready pod; expected at least 2.");
  });
});
