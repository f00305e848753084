import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";

test("home → course map → lesson → next lesson", async ({ page }) => {
  await signIn(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Learn Kubernetes by");
  await page.screenshot({ path: "e2e/.artifacts/screens/home.png", fullPage: true });

  await page.getByRole("link", { name: "See the course map" }).click();
  await expect(page).toHaveURL(/\/course$/);
  await expect(page.getByRole("heading", { level: 1, name: "Course map" })).toBeVisible();
  // Signed in as the seeded learner Ada: lesson 1.1 completed, 1.2 in progress (from the database). Other
  // specs sign in as Ada in parallel and visit lessons (a visit marks a lesson in progress), and the
  // course grows, so neither the counts nor the total are pinned: the seeded lessons are.
  await expect(page.getByTestId("progress-summary")).toHaveText(/^\d+ of \d+ lessons completed$/);
  await expect(page.getByRole("link", { name: /1\.1 What Kubernetes does/ }).locator('[data-status="completed"]')).toHaveCount(1);
  await expect(page.getByRole("link", { name: /1\.2 Anatomy of a cluster/ }).locator('[data-status="in-progress"]')).toHaveCount(1);
  await page.screenshot({ path: "e2e/.artifacts/screens/course.png", fullPage: true });

  await page.getByRole("link", { name: /1\.1 What Kubernetes does/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What Kubernetes does" })).toBeVisible();
  // MDX pipeline: highlighted code, heading anchors, TOC, Callout from the components map.
  await expect(page.locator("figure[data-rehype-pretty-code-figure]").first()).toBeVisible();
  await expect(page.locator("h2#control-loops a.heading-anchor")).toHaveAttribute("href", "#control-loops");
  await expect(page.getByRole("list", { name: "Table of contents" }).getByRole("link", { name: "Control loops" })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "Level-triggered" })).toBeVisible();
  await page.screenshot({ path: "e2e/.artifacts/screens/lesson.png", fullPage: false });

  await page.getByRole("link", { name: /Next →\s*Anatomy of a cluster/ }).click();
  await expect(page).toHaveURL(/\/learn\/01-why-kubernetes\/02-cluster-anatomy$/);
  await expect(page.getByRole("heading", { level: 1, name: "Anatomy of a cluster" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Previous\s*What Kubernetes does/ })).toBeVisible();
});

test("dark mode toggle persists across reloads and pages", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/learn/01-why-kubernetes/01-what-kubernetes-does");
  const html = page.locator("html");
  await expect(html).not.toHaveClass(/dark/);
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await page.screenshot({ path: "e2e/.artifacts/screens/lesson-dark.png" });
  await page.goto("/course");
  await expect(html).toHaveClass(/dark/);
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await page.reload();
  await expect(html).not.toHaveClass(/dark/);
});

test("follows the system colour scheme when no choice is stored", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.screenshot({ path: "e2e/.artifacts/screens/home-dark.png" });
});

test("unknown pages get the product's 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page is not in the cluster" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Course map" }).last()).toBeVisible();
  const lesson = await page.goto("/learn/01-why-kubernetes/99-missing");
  expect(lesson?.status()).toBe(404);
  await page.screenshot({ path: "e2e/.artifacts/screens/404.png" });
});
