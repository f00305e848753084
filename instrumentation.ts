// Runs once when the server starts (`next start`/`next dev`, not `next build`): configuration
// that would only fail on some later request fails here, at start-up, with the variable's name
// — in production a missing BETTER_AUTH_SECRET stops the server before it takes traffic.
export async function register() {
  // Next may load this in build workers too; the build needs no secret (it serves no one).
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { authEnv } = await import("./lib/auth/env");
  authEnv();
}
