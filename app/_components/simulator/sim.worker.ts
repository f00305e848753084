// One Web Worker per widget: hosts the cluster (SimHost) and drives virtual time from real
// time, so the page never blocks on the simulation.
import type { FromWorker, ToWorker } from "./protocol";
import { SimHost } from "./sim-host";

const TICK_MS = 100;
const post = (m: FromWorker) => self.postMessage(m);
let host: SimHost | null = null;
let last = performance.now();

self.addEventListener("message", (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  try {
    if (msg.type === "init") {
      host = new SimHost(msg.options, post);
      last = performance.now();
      return;
    }
    host?.handle(msg);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Answer the request anyway, so the terminal or editor waiting on it does not hang.
    if ("id" in msg) post({ type: "result", id: msg.id, stdout: "", stderr: `error: ${message}\n`, exitCode: 1, diagnostics: [] });
    post({ type: "failed", message });
  }
});

setInterval(() => {
  const now = performance.now();
  const elapsed = now - last;
  last = now;
  try {
    host?.tick(elapsed);
  } catch (err) {
    post({ type: "failed", message: err instanceof Error ? err.message : String(err) });
  }
}, TICK_MS);
