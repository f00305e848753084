// Page figures on `next start` (127.0.0.1) in Chromium via Playwright: for the home page, the
// course map and a lesson, the median over 5 cold loads of TTFB and document transfer size
// (Navigation Timing), total bytes transferred, and Lighthouse-style LCP, TBT (long tasks past
// 50 ms between first contentful paint and 3 s after load) and CLS.
//
//   NEXT_DIST_DIR=.next node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/page-metrics.mts [--port=3408] [--runs=5]
import { chromium } from "@playwright/test";
import { argValue, median, startServer } from "./load-server.mjs";

const port = Number(argValue("port", "3408"));
const runs = Number(argValue("runs", "5"));
const PAGES = [
  ["home", "/"],
  ["course map", "/course"],
  ["lesson (pre-rendered)", "/learn/01-why-kubernetes/02-cluster-anatomy"],
] as const;

interface Sample {
  ttfb: number;
  documentBytes: number;
  totalBytes: number;
  lcp: number;
  tbt: number;
  cls: number;
}

const server = await startServer({ port });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
try {
  console.log(`median of ${runs} cold loads, Chromium headless, next start on 127.0.0.1`);
  console.log("page                    TTFB ms  doc KB  total KB  LCP ms  TBT ms  CLS");
  for (const [label, path] of PAGES) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      // A fresh context per load: nothing cached.
      const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __m: { lcp: number; cls: number; longTasks: { start: number; duration: number }[] } };
        w.__m = { lcp: 0, cls: 0, longTasks: [] };
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__m.lcp = e.startTime;
        }).observe({ type: "largest-contentful-paint", buffered: true });
        new PerformanceObserver((l) => {
          for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__m.cls += e.value;
        }).observe({ type: "layout-shift", buffered: true });
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__m.longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: "longtask", buffered: true });
      });
      let totalBytes = 0;
      page.on("response", async (r) => {
        const sizes = await r.request().sizes().catch(() => null);
        if (sizes) totalBytes += sizes.responseBodySize + sizes.responseHeadersSize;
      });
      await page.goto(`${server.baseUrl}${path}`, { waitUntil: "load" });
      await page.waitForTimeout(3000);
      const m = await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
        const w = window as unknown as { __m: { lcp: number; cls: number; longTasks: { start: number; duration: number }[] } };
        const tbt = w.__m.longTasks.filter((t) => t.start >= fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
        return { ttfb: nav.responseStart - nav.requestStart, documentBytes: nav.transferSize, lcp: w.__m.lcp, tbt, cls: w.__m.cls };
      });
      samples.push({ ...m, totalBytes });
      await context.close();
    }
    const med = (f: (s: Sample) => number) => median(samples.map(f));
    console.log(
      `${label.padEnd(22)}  ${med((s) => s.ttfb).toFixed(1).padStart(7)}  ${(med((s) => s.documentBytes) / 1024).toFixed(1).padStart(6)}  ${(med((s) => s.totalBytes) / 1024).toFixed(0).padStart(8)}  ${med((s) => s.lcp).toFixed(0).padStart(6)}  ${med((s) => s.tbt).toFixed(0).padStart(6)}  ${med((s) => s.cls).toFixed(3)}`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
