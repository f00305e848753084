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

describe("ShellSession streams and completion", () => {
  function streamingSession() {
    let out = "";
    let push: (c: { stdout: string; stderr: string; done: boolean }) => void = () => {};
    let interrupted = 0;
    const completions: [string, number][] = [];
    const s = new ShellSession(
      { write: (d) => void (out += d), cols: () => 40 },
      (line, onChunk) => {
        if (!line.includes("-w")) return Promise.resolve({ stdout: `ran ${line}\n`, stderr: "" });
        push = onChunk;
        return { result: Promise.resolve({ stdout: "NAME\nweb\n", stderr: "", streaming: true }), interrupt: () => void (interrupted++, setTimeout(() => onChunk({ stdout: "late\n", stderr: "", done: true }), 0)) };
      },
      new History(),
      () => {},
      async (line, cursor) => {
        completions.push([line, cursor]);
        const word = line.slice(0, cursor).split(" ").at(-1)!;
        const all = ["daemonsets", "deployments", "pods", "web-1", "web-2"];
        return { from: cursor - word.length, candidates: all.filter((c) => c.startsWith(word)) };
      },
    );
    s.start();
    const flush = () => new Promise((r) => setTimeout(r, 5));
    return { s, flush, push: (stdout: string, done = false) => push({ stdout, stderr: "", done }), take: () => ((r) => ((out = ""), r))(out), interrupted: () => interrupted, completions };
  }

  it("prints a stream's chunks until Ctrl-C, then ^C and a prompt; keys typed meanwhile are not run", async () => {
    const t = streamingSession();
    t.take();
    t.s.input("kubectl get pods -w\r");
    await t.flush();
    expect(t.take()).toContain("NAME\nweb\n");
    t.push("web   Running\n");
    t.s.input("ls");
    expect(t.take()).toBe("web   Running\n");
    t.s.input("\x03");
    expect(t.interrupted()).toBe(1);
    await t.flush();
    const after = t.take();
    expect(after).toBe(`^C\r\n${PROMPT}`); // "late" output after the interrupt is dropped
    t.s.input("k get x\r");
    await t.flush();
    expect(t.take()).toContain("ran kubectl get x\n");
  });

  it("a stream that ends by itself gives the prompt back", async () => {
    const t = streamingSession();
    t.s.input("kubectl get pods -w\r");
    await t.flush();
    t.take();
    t.push("error: watch stopped\n", true);
    await t.flush();
    expect(t.take()).toBe(`error: watch stopped\n${PROMPT}`);
  });

  it("Tab completes one candidate with a space, a common prefix, or lists several under the line", async () => {
    const t = streamingSession();
    t.s.input("k get po\t");
    await t.flush();
    expect(t.completions.at(-1)).toEqual(["kubectl get po", 14]);
    t.take();
    t.s.input("\r");
    await t.flush();
    expect(t.take()).toContain("ran kubectl get pods\n");
    t.s.input("kubectl get d\t");
    await t.flush();
    const listed = t.take();
    expect(listed).toContain("\r\ndaemonsets   deployments\r\n");
    expect(listed.endsWith(`${PROMPT}kubectl get d`)).toBe(true);
    t.s.input("\x15kubectl get pods we\t");
    await t.flush();
    expect(t.take()).toContain(`${PROMPT}kubectl get pods web-`);
    t.s.input("\x15ku\t");
    await t.flush();
    expect(t.take()).toContain(`${PROMPT}kubectl `);
  });
});
