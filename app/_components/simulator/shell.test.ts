import { expect, it } from "vitest";
import { parseShellLine } from "./shell";

it("knows kubectl, its alias k, clear and help", () => {
  expect(parseShellLine("  ")).toEqual({ kind: "empty" });
  expect(parseShellLine("kubectl get pods")).toEqual({ kind: "kubectl", line: "kubectl get pods" });
  expect(parseShellLine("k  get   nodes -o wide")).toEqual({ kind: "kubectl", line: "kubectl  get   nodes -o wide" });
  expect(parseShellLine("clear")).toEqual({ kind: "clear" });
  expect(parseShellLine("help")).toEqual({ kind: "help" });
});

it("answers unknown programs like bash", () => {
  expect(parseShellLine("foo bar")).toEqual({ kind: "notFound", message: "bash: foo: command not found\n" });
  expect(parseShellLine("kubectx")).toEqual({ kind: "notFound", message: "bash: kubectx: command not found\n" });
});

it("sends the laptop's curl and hey lines to the cluster as they are", () => {
  expect(parseShellLine("curl -s http://172.18.0.2:30080/")).toEqual({ kind: "kubectl", line: "curl -s http://172.18.0.2:30080/" });
  expect(parseShellLine(" hey -n 100 http://x/ ")).toEqual({ kind: "kubectl", line: "hey -n 100 http://x/" });
});
