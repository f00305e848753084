// Simulator widget start-up in headless Chromium, against an app that is already running
// (`next start`; this script builds and starts nothing). Loads a lesson N times, each in a fresh
// browser context (nothing cached), with the lesson's widget scrolled into view as soon as the
// page has it (a reader who jumps to the exercise), and prints median and p90 of:
//   first paint            first-contentful-paint of the lesson
//   load event             loadEventEnd
//   terminal interactive   the terminal's mark `reconcile:terminal-interactive` (accepts input)
//   first answer           `kubectl get nodes`, typed the moment the terminal accepts input, has
//                          printed its header on the screen (the worker built its cluster and answered)
// all in ms after navigation start, plus the JavaScript the lesson loads (gzip bytes as
// transferred, and decoded; each file once), split into the page's own and the widget's: a script
// belongs to the widget when it is the worker's or holds one of the widget's markers (xterm,
// CodeMirror, the panel, the simulator). `--files` lists every file with its side.
//
//   node node_modules/tsx/dist/cli.mjs scripts/bench-widget.mts --port=3141 [--runs=10] [--path=/learn/…]
import { chromium, type Page } from "playwright-core";

function arg(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
}

const port = Number(arg("port", process.env.E2E_PORT ?? "3000"));
const runs = Number(arg("runs", "10"));
const lesson = arg("path", "/learn/01-why-kubernetes/01-what-kubernetes-does");
if (!Number.isInteger(port) || port <= 0 || !Number.isInteger(runs) || runs <= 0) {
  console.error("usage: bench-widget.mts --port=<port of a running next start> [--runs=<n>] [--path=<lesson path>]");
  process.exit(2);
}
const base = `http://127.0.0.1:${port}`;

/** Strings only the widget's code holds (minifiers keep string literals). */
const WIDGET_MARKERS = ["xterm-helper-textarea", "cm-content", "cm-lint", "reconcile:terminal-interactive", "reconcile-sim/1"];
const INTERACTIVE = "reconcile:terminal-interactive";
const COMMAND = "kubectl get nodes";

interface Script {
  url: string;
  gzip: number;
  raw: number;
  widget: boolean;
}

interface Sample {
  firstPaint: number;
  load: number;
  interactive: number;
  firstAnswer: number;
  scripts: Script[];
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** In the page before any of its scripts: scroll the widget into view the moment it exists. */
function scrollToWidget() {
  const timer = setInterval(() => {
    const el = document.querySelector('section[aria-label^="Exercise: "], section[aria-label="Playground"]');
    if (!el) return;
    el.scrollIntoView({ block: "start" });
    clearInterval(timer);
  }, 5);
}

async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, { timeout: timeoutMs, polling: 10 });
  return (await handle.jsonValue()) as number;
}

async function sample(browser: import("playwright-core").Browser): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(scrollToWidget);
  const scripts: Promise<Script | null>[] = [];
  const seen = new Set<string>();
  const onResponse = (r: import("playwright-core").Response) => {
    const req = r.request();
    if ((req.resourceType() !== "script" && !/\.m?js(\?|$)/.test(r.url())) || seen.has(r.url())) return;
    seen.add(r.url());
    scripts.push(
      (async () => {
        const [sizes, body] = await Promise.all([req.sizes().catch(() => null), r.body().catch(() => null)]);
        if (!sizes || !body) return null;
        const text = body.toString("utf8");
        const widget = /turbopack-worker/.test(r.url()) || WIDGET_MARKERS.some((m) => text.includes(m));
        return { url: r.url().replace(base, ""), gzip: sizes.responseBodySize, raw: body.length, widget };
      })(),
    );
  };
  page.on("response", onResponse);
  await page.goto(`${base}${lesson}`, { waitUntil: "commit" });
  const interactive = await waitForMark(page, INTERACTIVE, 120_000);
  // Type at once: the answer comes when the worker has built its cluster and run the line.
  await page.getByTestId("terminal").first().locator("textarea").focus();
  await page.keyboard.type(`${COMMAND}\n`);
  const answered = await page.waitForFunction(
    () => document.querySelector('[data-testid="terminal"] .xterm-rows')?.textContent?.includes("ROLES") && performance.now(),
    undefined,
    { timeout: 120_000, polling: "raf" },
  );
  const firstAnswer = (await answered.jsonValue()) as number;
  await page.waitForLoadState("load");
  await page.waitForLoadState("networkidle");
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return { firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN, load: nav.loadEventEnd };
  });
  const collected = (await Promise.all(scripts)).filter((s): s is Script => s !== null);
  await context.close();
  return { ...timing, interactive, firstAnswer, scripts: collected };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  // One load first, not counted: the server's first request compiles and caches.
  await sample(browser);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await sample(browser));
  const row = (label: string, pick: (s: Sample) => number) => {
    const v = samples.map(pick);
    console.log(`${label.padEnd(22)} ${percentile(v, 50).toFixed(0).padStart(7)} ${percentile(v, 90).toFixed(0).padStart(7)}`);
  };
  console.log(`${lesson}: ${runs} cold loads, headless Chromium, ${base}`);
  console.log(`${"ms after navigation".padEnd(22)} ${"median".padStart(7)} ${"p90".padStart(7)}`);
  row("first paint", (s) => s.firstPaint);
  row("load event", (s) => s.load);
  row("terminal interactive", (s) => s.interactive);
  row("first answer", (s) => s.firstAnswer);
  row("interactive - load", (s) => s.interactive - s.load);
  const last = samples.at(-1)!;
  const kb = (n: number) => (n / 1024).toFixed(1);
  const sum = (list: Script[], k: "gzip" | "raw") => list.reduce((a, s) => a + s[k], 0);
  const widget = last.scripts.filter((s) => s.widget);
  const page = last.scripts.filter((s) => !s.widget);
  console.log(`JS, KiB gzip / decoded: widget ${kb(sum(widget, "gzip"))} / ${kb(sum(widget, "raw"))} in ${widget.length} files, rest of the page ${kb(sum(page, "gzip"))} / ${kb(sum(page, "raw"))} in ${page.length} files`);
  if (process.argv.includes("--files")) for (const s of [...last.scripts].sort((a, b) => b.raw - a.raw)) console.log(`  ${s.widget ? "widget" : "page  "} ${kb(s.gzip).padStart(7)} ${kb(s.raw).padStart(7)}  ${s.url}`);
} finally {
  await browser.close();
}
