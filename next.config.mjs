/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Parallel work on one checkout (several builds at once) gives each its own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Types are checked once, for the whole repository, by `npm run typecheck` (run by .ci/run);
  // the build does not repeat it, so a type error in work-in-progress code elsewhere
  // (e.g. a simulator test helper) cannot block building and serving the app.
  typescript: { ignoreBuildErrors: true },
  // Lesson files are read at runtime by lib/content; PGlite ships WASM + data files.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  outputFileTracingIncludes: { "/**": ["./content/**/*", "./prisma/migrations/**/*"] },
};

export default nextConfig;
