// Prints this checkout's BETTER_AUTH_SECRET for `npm run up` (the local quick start), creating
// .data/auth-secret (mode 0600) the first time, so sessions survive restarts. Deployments set
// BETTER_AUTH_SECRET themselves: `npm start` without it refuses to start (instrumentation.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const file = path.join(process.cwd(), ".data", "auth-secret");
if (!fs.existsSync(file)) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
}
process.stdout.write(fs.readFileSync(file, "utf8").trim());
