import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster";
import { openGetWatch, storeFeed, type GetWatch } from "./watch";

function setup() {
  const c = createCluster({ seed: 7, nodes: 2 });
  const feed = storeFeed(c.internals.store, () => c.now());
  /** Runs the line as the terminal does, then opens its stream from the revision before it. */
  const watch = (line: string) => {
    const from = c.internals.store.revision;
    const out = c.kubectl(line);
    return { out, w: openGetWatch({ kinds: c.internals.kinds }, feed, line, from, out.stdout) };
  };
  return { c, watch };
}

/** Advances in small steps, polling like the widget's ticks, and collects what is printed. */
function run(c: ReturnType<typeof createCluster>, w: GetWatch, seconds: number, stepMs = 100): string {
  let text = "";
  for (let t = 0; t < seconds * 1000; t += stepMs) {
    c.advance(stepMs / 1000);
    text += w.poll().stdout;
  }
  return text;
}

describe("kubectl get -w", () => {
  it("prints the initial table, then one row per event without a header, each aligned on its own", () => {
    const { c, watch } = setup();
    c.kubectl("run web --image=nginx");
    c.advance(30);
    const { out, w } = watch("kubectl get pods -w");
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toBe("NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          30s\n");
    c.kubectl("delete pod web --wait=false");
    const text = run(c, w!, 40);
    const lines = text.split("\n").filter(Boolean);
    // Terminating at once, then the final DELETED (the object as deleted): rows only.
    expect(lines[0]).toBe("web    1/1     Terminating   0          30s");
    expect(lines.every((l) => l.startsWith("web "))).toBe(true);
    expect(text).not.toContain("NAME");
    expect(lines.length).toBeGreaterThanOrEqual(2);
  });

  it("an empty list prints nothing, then the header comes with the first event", () => {
    const { c, watch } = setup();
    const { out, w } = watch("get pods --watch");
    expect(out).toEqual({ stdout: "", stderr: "", exitCode: 0 });
    c.kubectl("run api --image=nginx");
    // Created, bound by the scheduler, its status written and picked up by the kubelet at the same instant: one row
    // each, the header once, widths remembered from the first flush (STATUS only widens).
    const first = w!.poll().stdout.split("\n");
    expect(first[0]).toBe("NAME   READY   STATUS    RESTARTS   AGE");
    expect(first[1]).toBe("api    0/1     Pending   0          0s");
    expect(first.slice(2, -2).every((l) => l === "api    0/1     Pending   0          0s")).toBe(true);
    expect(first.at(-2)).toBe("api    0/1     ContainerCreating   0          0s");
    expect(first.filter((l) => l.startsWith("NAME"))).toHaveLength(1);
    const later = run(c, w!, 10);
    expect(later).toBe("api    1/1     Running             0          1s\n");
    expect(later).not.toContain("NAME");
  });

  it("-o name, -o wide, --output-watch-events and --watch-only", () => {
    const { c, watch } = setup();
    c.kubectl("run a --image=nginx");
    c.advance(10);
    const named = watch("get pods -w -o name");
    expect(named.out.stdout).toBe("pod/a\n");
    const only = watch("get pods --watch-only --output-watch-events");
    expect(only.out.stdout).toBe("");
    const wide = watch("get pods -w -o wide");
    expect(wide.out.stdout.split("\n")[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/);
    c.kubectl("label pod a tier=web");
    expect(named.w!.poll().stdout).toBe("pod/a\n");
    expect(only.w!.poll().stdout).toBe("EVENT      NAME   READY   STATUS    RESTARTS   AGE\nMODIFIED   a      1/1     Running   0          10s\n");
    expect(wide.w!.poll().stdout).toMatch(/^a\s+1\/1\s+Running\s+0\s+10s\s+10\.244\.\d+\.\d+\s+kind-worker2?\s+<none>\s+<none>\n$/);
  });

  it("follows only the named object, the namespace and the label selector asked for", () => {
    const { c, watch } = setup();
    c.kubectl("run a --image=nginx --labels=app=x");
    c.kubectl("run b --image=nginx --labels=app=y");
    c.advance(10);
    const byName = watch("get pod a -w");
    const bySel = watch("get pods -w -l app=y");
    const otherNs = watch("get pods -w -n kube-system");
    c.kubectl("label pod a tier=1");
    c.kubectl("label pod b tier=1");
    expect(byName.w!.poll().stdout).toMatch(/^a\s+1\/1/);
    expect(bySel.w!.poll().stdout).toMatch(/^b\s+1\/1/);
    expect(otherNs.w!.poll().stdout).toBe("");
  });

  it("yaml documents are separated by --- across the initial part and the events", () => {
    const { c, watch } = setup();
    c.kubectl("run a --image=nginx");
    const { out, w } = watch("get pod a -w -o yaml");
    expect(out.stdout.startsWith("apiVersion: v1\nkind: Pod\n")).toBe(true);
    c.kubectl("label pod a x=1");
    expect(w!.poll().stdout.startsWith("---\napiVersion: v1\nkind: Pod\n")).toBe(true);
  });

  it("refuses two resource types and unknown formats as errors; lines without -w open no stream", () => {
    const { watch } = setup();
    const two = watch("get pods,svc -w");
    expect(two.out).toEqual({ stdout: "", stderr: "error: you may only specify a single resource type\n", exitCode: 1 });
    expect(two.w).toBeNull();
    expect(watch("get pods").w).toBeNull();
    expect(watch("get nope -w").out.stderr).toBe('error: the server doesn\'t have a resource type "nope"\n');
    expect(watch("get pods -w -o jsonpath={.items}").out.exitCode).toBe(1);
    expect(watch("get pod missing -w").out.stderr).toBe('Error from server (NotFound): pods "missing" not found\n');
  });
});

describe("remembered widths", () => {
  it("reads a table's column widths from its first line", async () => {
    const { widthsOf, formatRemembering } = await import("./watch");
    expect(widthsOf("NAME   READY   STATUS    RESTARTS   AGE   NOMINATED NODE   X")).toEqual([7, 8, 10, 11, 6, 17]);
    const widths = [7, 8, 10, 11];
    expect(formatRemembering([["a", "1/1", "ContainerCreating", "0", "1s"]], widths)).toBe("a      1/1     ContainerCreating   0          1s\n");
    expect(widths).toEqual([7, 8, 20, 11]);
    expect(formatRemembering([["a", "1/1", "Running", "0", "2s"]], widths)).toBe("a      1/1     Running             0          2s\n");
  });
});
