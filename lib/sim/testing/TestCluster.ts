// Chainable driver for scenario tests:
//   new TestCluster({ seed: 1 }).kubectl("apply -f -", yaml).advance(30).expectPods(3)
// Each step throws with the cluster's view when an expectation fails.
import type { KubeObject } from "../types";
import { createCluster, type ClusterOptions, type KubectlOutput, type SimCluster } from "../cluster";
import { parseSelector } from "../labels/parser";

export interface PodExpectation {
  namespace?: string;
  /** Label selector text, e.g. "app=web". */
  selector?: string;
  running?: number;
  ready?: number;
}

const isReady = (p: KubeObject) => ((p.status?.conditions ?? []) as { type: string; status: string }[]).some((c) => c.type === "Ready" && c.status === "True");

export class TestCluster {
  readonly cluster: SimCluster;
  /** Output of the last kubectl step. */
  last: KubectlOutput = { stdout: "", stderr: "", exitCode: 0 };

  constructor(options: ClusterOptions = {}) {
    this.cluster = createCluster(options);
  }

  kubectl(line: string, stdin?: string, expectExit = 0): this {
    this.last = this.cluster.kubectl(line, stdin);
    if (this.last.exitCode !== expectExit) {
      throw new Error(`kubectl ${line} exited ${this.last.exitCode} (expected ${expectExit}):\n${this.last.stderr}${this.last.stdout}`);
    }
    return this;
  }

  advance(seconds: number): this {
    this.cluster.advance(seconds);
    return this;
  }

  settle(maxSeconds?: number): this {
    this.cluster.settle(maxSeconds);
    return this;
  }

  pods(namespace = "default", selector?: string): readonly KubeObject[] {
    const pods = this.cluster.internals.lister.list("pods", namespace);
    if (!selector) return pods;
    const sel = parseSelector(selector);
    return pods.filter((p) => sel.matches(p.metadata.labels ?? {}));
  }

  /** Exactly `count` pods (not being deleted) match; optional running/ready counts. */
  expectPods(count: number, opts: PodExpectation = {}): this {
    const pods = this.pods(opts.namespace, opts.selector).filter((p) => !p.metadata.deletionTimestamp);
    const running = pods.filter((p) => p.status?.phase === "Running").length;
    const ready = pods.filter(isReady).length;
    const problems: string[] = [];
    if (pods.length !== count) problems.push(`${pods.length} pods, expected ${count}`);
    if (opts.running !== undefined && running !== opts.running) problems.push(`${running} running, expected ${opts.running}`);
    if (opts.ready !== undefined && ready !== opts.ready) problems.push(`${ready} ready, expected ${opts.ready}`);
    if (problems.length) {
      const table = this.cluster.kubectl(`get pods -n ${opts.namespace ?? "default"} -o wide`).stdout;
      throw new Error(`expectPods: ${problems.join("; ")} at t=${this.cluster.now()}ms\n${table}`);
    }
    return this;
  }

  /** The object exists and satisfies `predicate` (a missing object fails unless predicate accepts undefined). */
  expectObject(resource: string, namespace: string | undefined, name: string, predicate: (obj: KubeObject | undefined) => boolean = (o) => o !== undefined): this {
    const obj = this.cluster.internals.lister.get(resource, namespace, name);
    if (!predicate(obj)) {
      throw new Error(`expectObject ${resource} ${namespace ? `${namespace}/` : ""}${name} failed at t=${this.cluster.now()}ms: ${obj ? JSON.stringify(obj, null, 1).slice(0, 2000) : "not found"}`);
    }
    return this;
  }

  /** Runs an arbitrary check or action on the underlying cluster. */
  do(fn: (cluster: SimCluster) => void): this {
    fn(this.cluster);
    return this;
  }
}
