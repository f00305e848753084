import fs from "node:fs";
import path from "node:path";

// PGlite is single-process: two processes on one data directory silently corrupt it.
// A lock file holding the owner's pid makes the second process fail with a clear message;
// a lock left by a process that no longer exists (kill -9, crash) is taken over.

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database at ${dir} is already in use by process ${pid}. ` +
        `PGlite allows one process per data directory: stop that process first, ` +
        `or set PGLITE_DATA_DIR to another directory, or use DATABASE_URL for PostgreSQL.`,
    );
    this.name = "DataDirLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface DirLock {
  release(): void;
}

export function lockDataDir(dataDir: string): DirLock {
  const lockPath = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.lock`);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
        process.off("exit", release);
      };
      // Synchronous, so it also runs when something calls process.exit() before close().
      process.on("exit", release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8").trim(), 10);
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new DataDirLockedError(path.resolve(dataDir), owner);
      }
      // Stale lock from a dead process (or garbage): take it over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not acquire the lock for ${dataDir}`);
}
