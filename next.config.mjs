/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lesson files are read at runtime by lib/content; PGlite ships WASM + data files.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  outputFileTracingIncludes: { "/**": ["./content/**/*", "./prisma/migrations/**/*"] },
};

export default nextConfig;
