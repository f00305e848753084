import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The simulator must be deterministic and environment-free: no wall clock, no randomness,
// no timers, no I/O (see DESIGN.md). Virtual time and the seeded PRNG come through
// ControllerContext instead.
const simRestrictedGlobals = [
  ["Date", "Use the virtual clock from ControllerContext (ctx.now())."],
  ["setTimeout", "Schedule on the virtual clock's timer queue."],
  ["setInterval", "Schedule on the virtual clock's timer queue."],
  ["clearTimeout", "Use the virtual clock's timer queue."],
  ["clearInterval", "Use the virtual clock's timer queue."],
  ["setImmediate", "Use the virtual clock's timer queue."],
  ["queueMicrotask", "The simulator is synchronous."],
  ["performance", "Wall-clock time breaks determinism."],
  ["fetch", "The simulator does no I/O."],
  ["XMLHttpRequest", "The simulator does no I/O."],
  ["WebSocket", "The simulator does no I/O."],
  ["window", "The simulator runs in a Web Worker and in Node: no browser globals."],
  ["document", "No browser globals in the simulator."],
  ["localStorage", "No browser globals in the simulator."],
  ["navigator", "No browser globals in the simulator."],
  ["globalThis", "No ambient globals in the simulator."],
  ["process", "No Node globals in the simulator."],
  ["require", "No Node globals in the simulator."],
  ["Buffer", "No Node globals in the simulator."],
  ["crypto", "Use the seeded Random from ControllerContext."],
].map(([name, why]) => ({ name, message: `${name} is not allowed in lib/sim: ${why}` }));

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", ".data/**", "test-results/**", "playwright-report/**", "e2e/.artifacts/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/sim/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...simRestrictedGlobals],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Math.random is not allowed in lib/sim: use the seeded Random from ControllerContext." },
        { object: "Date", property: "now", message: "Date.now is not allowed in lib/sim: use the virtual clock." },
        { object: "performance", property: "now", message: "performance.now is not allowed in lib/sim." },
        { object: "globalThis", property: "Date", message: "No wall clock in lib/sim." },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "os", "child_process", "crypto"], message: "lib/sim imports no Node modules." },
            { group: ["react", "react-dom", "next", "next/*"], message: "lib/sim is pure TypeScript: no React/Next." },
            { group: ["@/app/*", "@/lib/db/*", "@/lib/content/*", "@/lib/auth/*", "@/lib/exercises/*", "@/lib/quiz/*"], message: "lib/sim imports nothing of the project outside lib/sim." },
          ],
        },
      ],
    },
  },
];

export default config;
