import localFont from "next/font/local";

// Self-hosted variable fonts from npm (@fontsource-variable); Google Fonts is unreachable
// from the build machines and would leak visitors' IPs anyway.
export const sans = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2", style: "normal", weight: "100 900" },
    { path: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-italic.woff2", style: "italic", weight: "100 900" },
  ],
  variable: "--font-inter",
  display: "swap",
});

export const mono = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/jetbrains-mono/files/jetbrains-mono-latin-wght-normal.woff2", style: "normal", weight: "100 800" },
  ],
  variable: "--font-jetbrains-mono",
  display: "swap",
});
