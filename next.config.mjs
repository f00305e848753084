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
  // Lesson files are read at runtime by lib/content; PGlite ships WASM + data files; esbuild
  // (its native binary) bundles the grading worker at runtime (lib/exercises/server/grader.ts).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "esbuild"],
  outputFileTracingIncludes: { "/**": ["./content/**/*", "./prisma/migrations/**/*"] },
  // Security headers on every response. Pages get their Content-Security-Policy from proxy.ts
  // (it differs per page); route handlers get a deny-all one here (they only answer JSON).
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      // Legacy twin of CSP frame-ancestors 'none', for browsers without CSP level 2.
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
      {
        key: "Permissions-Policy",
        value:
          "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), serial=(), usb=(), browsing-topics=()",
      },
      // Browsers only honour HSTS over HTTPS, so sending it from `next start` on plain HTTP in a
      // test is harmless; `next dev` leaves it out so a developer's localhost is never pinned.
      ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
    ];
    return [
      { source: "/:path*", headers: common },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" }],
      },
    ];
  },
};

export default nextConfig;
