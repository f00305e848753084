import { describe, expect, it } from "vitest";
import type { ApiObject } from "../types";
import { serviceTargetsPort } from "./service-ports";
import { runCheck } from "./testing";

const service = (targetPort: number | string): ApiObject => ({
  apiVersion: "v1",
  kind: "Service",
  metadata: { name: "shop", namespace: "default", uid: "s1" },
  spec: { selector: { app: "shop" }, ports: [{ port: 80, targetPort }] },
});
const endpoints = (port: number | undefined) =>
  ({
    apiVersion: "v1",
    kind: "Endpoints",
    metadata: { name: "shop", namespace: "default", uid: "e1" },
    ...(port === undefined ? {} : { subsets: [{ addresses: [{ ip: "10.244.1.2" }], ports: [{ port }] }] }),
  }) as unknown as ApiObject;

describe("serviceTargetsPort", () => {
  const check = serviceTargetsPort("port", { name: "shop" }, 8080, { listener: "8080 (container port http)" });

  it("passes when the resolved endpoint port is the app's", () => {
    expect(runCheck(check, { end: [service("http"), endpoints(8080)] })).toEqual({ pass: true, message: "service/shop sends traffic to port 8080 of its Pods." });
  });

  it("names the wrong port, or says there are no endpoints", () => {
    expect(runCheck(check, { end: [service(80), endpoints(80)] }).message).toBe("service/shop sends traffic to port 80 of its Pods, but the app listens on 8080 (container port http). Fix the targetPort.");
    expect(runCheck(check, { end: [service(80), endpoints(undefined)] }).message).toBe("service/shop has no endpoints yet, so its targetPort (80) cannot be checked against 8080 (container port http): first make it select Ready Pods.");
    expect(runCheck(check, {}).message).toBe("There is no service/shop in the cluster.");
  });
});
