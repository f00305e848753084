import type { Metadata, Viewport } from "next";
import { ThemeScript } from "./_components/theme-script";
import { mono, sans } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Reconcile — learn Kubernetes by running it", template: "%s · Reconcile" },
  description: "A hands-on Kubernetes course with an embedded, deterministic cluster simulator.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${sans.variable} ${mono.variable}`} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
