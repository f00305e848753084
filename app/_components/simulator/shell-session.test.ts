import { describe, expect, it } from "vitest";
import { History } from "./history";
import { CLEAR_SCREEN, colourStderr, PROMPT, ShellSession, type RunResult } from "./shell-session";

function session(results: Record<string, RunResult> = {}) {
  let out = "";
  const ran: string[] = [];
  const saved: string[][] = [];
  const s = new ShellSession(
    { write: (d) => void (out += d), cols: () => 80 },
    async (line) => {
      ran.push(line);
      return results[line] ?? { stdout: "", stderr: "" };
    },
    new History(["kubectl get pods"]),
    (list) => saved.push([...list]),
  );
  s.start();
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return { s, ran, saved, flush, output: () => out, take: () => ((r) => ((out = ""), r))(out) };
}

describe("ShellSession", () => {
  it("runs kubectl and k lines, printing stdout and red stderr, then a new prompt", async () => {
    const t = session({ "kubectl get nodes": { stdout: "NAME\n", stderr: "" }, "kubectl get x": { stdout: "", stderr: "error: bad\n" } });
    t.take();
    t.s.input("kubectl get nodes\r");
    await t.flush();
    expect(t.take()).toContain(`\r\nNAME\n${PROMPT}`);
    t.s.input("k get x\r");
    await t.flush();
    expect(t.ran).toEqual(["kubectl get nodes", "kubectl get x"]);
    expect(t.output()).toContain(`${colourStderr("error: bad\n")}${PROMPT}`);
  });

  it("answers unknown programs, help and clear without the cluster", async () => {
    const t = session();
    t.s.input("foo\r");
    await t.flush();
    expect(t.output()).toContain("\x1b[91mbash: foo: command not found\x1b[0m\n");
    t.s.input("clear\r");
    await t.flush();
    expect(t.output()).toContain(CLEAR_SCREEN + PROMPT);
    expect(t.ran).toEqual([]);
  });

  it("walks the history with ↑/↓ and saves new entries", async () => {
    const t = session();
    t.s.input("k get ns\r");
    await t.flush();
    expect(t.saved.at(-1)).toEqual(["kubectl get pods", "k get ns"]);
    t.take();
    t.s.input("\x1b[A");
    expect(t.take()).toBe(`\r\x1b[J${PROMPT}k get ns`);
    t.s.input("\x1b[A\r");
    await t.flush();
    expect(t.ran.at(-1)).toBe("kubectl get pods");
  });

  it("cancels the line on Ctrl-C and repaints it after Ctrl-L", async () => {
    const t = session();
    t.s.input("kubectl get");
    t.s.input("\x03");
    expect(t.output()).toContain(`^C\r\n${PROMPT}`);
    t.s.input("\r");
    await t.flush();
    expect(t.ran).toEqual([]);
    t.s.input("abc");
    t.take();
    t.s.input("\x0c");
    expect(t.take()).toBe(`${CLEAR_SCREEN}\r\x1b[J${PROMPT}abc`);
  });

  it("keeps type-ahead that arrives while a command runs", async () => {
    const t = session();
    t.s.input("k get a\rk get b\r");
    await t.flush();
    await t.flush();
    expect(t.ran).toEqual(["kubectl get a", "kubectl get b"]);
  });
});
