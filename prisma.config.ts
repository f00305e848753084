// Prisma CLI configuration. Driver adapters + the JS engine keep every CLI command offline
// (the WASM schema engine ships with prisma 6.19). The CLI only needs a database for
// `migrate diff`-style commands; the app applies migrations itself (lib/db/migrate.ts,
// `npm run db:migrate`), so here an in-memory PGlite is enough unless DATABASE_URL is set.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (url) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    // Cast: the adapter bundles its own copy of the driver-adapter types (same protocol).
    return new PrismaPGlite(new PGlite()) as unknown as InstanceType<typeof import("@prisma/adapter-pg").PrismaPg>;
  },
});
