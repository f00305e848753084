import { describe, expect, it } from "vitest";
import type { ActionRecord } from "../types";
import { answeringPod, curlOrigin, curlReachedBackend } from "./requests";
import { pod, runCheck } from "./testing";

let index = 0;
const ran = (line: string, exitCode: number, stdout = "", stderr = ""): ActionRecord => ({
  index: index++,
  action: { at: 10_000 * index, kind: "kubectl", payload: { line } },
  exitCode,
  stdout,
  stderr,
  apiCalls: [],
});
const answer = (name: string) => `{"app":"web","version":"v1","pod":"${name}","namespace":"default","path":"/"}\n`;
const shopPod = pod("shop-abc-1", { labels: { app: "shop" }, ready: true });

describe("curlOrigin", () => {
  it("tells the laptop's curl from a curl run in a pod", () => {
    expect(curlOrigin("curl http://172.18.0.3:30080")).toBe("laptop");
    expect(curlOrigin("kubectl exec client -- curl -s http://shop")).toBe("pod");
    expect(curlOrigin("exec -n shop client -c app -- curl shop")).toBe("pod");
    expect(curlOrigin("kubectl exec client -- wget -qO- shop")).toBeUndefined();
    expect(curlOrigin("kubectl get svc")).toBeUndefined();
    expect(curlOrigin("kubectl logs curl -- x")).toBeUndefined();
  });

  it("reads the answering pod from the app's JSON", () => {
    expect(answeringPod(answer("shop-abc-1"))).toBe("shop-abc-1");
    expect(answeringPod("<html>Welcome to nginx!</html>")).toBeUndefined();
  });
});

describe("curlReachedBackend", () => {
  const fromPod = curlReachedBackend("curl", "pod", { selector: "app=shop" });
  const fromLaptop = curlReachedBackend("curl", "laptop", { selector: "app=shop", target: { pattern: /:30080\b/, text: "port 30080" } });

  it("passes when the last curl was answered by a matching pod", () => {
    const actions = [ran("kubectl exec client -- curl -s shop", 7, "", "curl: (7) Failed to connect"), ran("kubectl exec client -- curl -s shop", 0, answer("shop-abc-1"))];
    const out = runCheck(fromPod, { end: [shopPod], actions });
    expect(out.pass).toBe(true);
    expect(out.message).toContain("answered by shop-abc-1");
  });

  it("fails with the reason: none run, last one failed, wrong pod, no app answer", () => {
    expect(runCheck(fromPod, { end: [shopPod] }).message).toContain("You have not run curl from a pod");
    const failedLast = [ran("kubectl exec client -- curl -s shop", 0, answer("shop-abc-1")), ran("kubectl exec client -- curl -sS shop", 28, "", "curl: (28) Failed to connect to shop port 80 after 3001 ms: Timeout was reached\ncommand terminated with exit code 28")];
    const out = runCheck(fromPod, { end: [shopPod], actions: failedLast });
    expect(out.pass).toBe(false);
    expect(out.message).toContain("failed: curl: (28) Failed to connect");
    expect(runCheck(fromPod, { end: [shopPod, pod("other", { labels: { app: "web" } })], actions: [ran("kubectl exec client -- curl web", 0, answer("other"))] }).message).toContain(
      "answered by other, which is not a pod with app=shop",
    );
    expect(runCheck(fromPod, { end: [shopPod], actions: [ran("kubectl exec client -- curl example", 0, "hello\n")] }).message).toContain("names no pod of the app: hello");
  });

  it("counts only curls of the right origin and target", () => {
    const podCurl = [ran("kubectl exec client -- curl -s http://172.18.0.3:30080", 0, answer("shop-abc-1"))];
    expect(runCheck(fromLaptop, { end: [shopPod], actions: podCurl }).message).toContain("You have not run curl from your laptop (curl … in the terminal) to port 30080");
    const otherPort = [ran("curl http://172.18.0.3:30080", 0, answer("shop-abc-1")), ran("curl http://172.18.0.3:31000", 7, "", "curl: (7) refused")];
    expect(runCheck(fromLaptop, { end: [shopPod], actions: otherPort }).pass).toBe(true);
  });
});
