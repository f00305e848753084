// Shared by the load, crash and page-metrics scripts: start the built app with `next start` on
// 127.0.0.1 (never another host), against a fresh embedded database or DATABASE_URL, seeded with
// the demo accounts; sign in through /api/auth; stop it gracefully or with SIGKILL.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const HOST = "127.0.0.1";

export interface AppServer {
  baseUrl: string;
  proc: ChildProcess;
  dataDir: string;
  /** SIGTERM and wait for exit (the database closes cleanly). */
  stop(): Promise<void>;
  /** kill -9: no shutdown handler runs. */
  crash(): Promise<void>;
}

export interface ServerOptions {
  port: number;
  /** PGlite directory; a fresh temporary one when omitted. Ignored with DATABASE_URL. */
  dataDir?: string;
  seed?: boolean;
  env?: Record<string, string>;
}

const secret = crypto.randomBytes(32).toString("base64url");

function serverEnv(opts: ServerOptions, dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PGLITE_DATA_DIR: dataDir,
    DATABASE_URL: process.env.DATABASE_URL ?? "",
    BETTER_AUTH_SECRET: secret,
    BETTER_AUTH_URL: `http://${HOST}:${opts.port}`,
    ...opts.env,
  };
}

export async function startServer(opts: ServerOptions): Promise<AppServer> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "reconcile-load-"));
  const env = serverEnv(opts, path.join(dataDir, "pglite"));
  if (opts.seed ?? true) {
    const seeded = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/db-seed.mts"], { cwd: ROOT, env, encoding: "utf8" });
    if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stderr}`);
  }
  const proc = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-H", HOST, "-p", String(opts.port)], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  proc.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const baseUrl = `http://${HOST}:${opts.port}`;
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`next start exited (${proc.exitCode}):\n${log}`);
    try {
      // The course map opens and migrates the database: ready means ready for data too.
      const res = await fetch(`${baseUrl}/course`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 120 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    proc,
    dataDir,
    async stop() {
      if (proc.exitCode === null) proc.kill("SIGTERM");
      await exited;
    },
    async crash() {
      if (proc.exitCode === null) proc.kill("SIGKILL");
      await exited;
    },
  };
}

/** Signs in through better-auth and returns the Cookie header value for later requests. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email} failed: HTTP ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (cookies.length === 0) throw new Error("sign-in set no cookie");
  return cookies.join("; ");
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const arg = (name: string) => process.argv.includes(`--${name}`);
export const argValue = (name: string, fallback: string) => {
  const i = process.argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const a = process.argv[i]!;
  return a.includes("=") ? a.slice(a.indexOf("=") + 1) : (process.argv[i + 1] ?? fallback);
};
