import { expect, test } from "@playwright/test";

test("lesson layout on a phone: collapsible lesson list, no horizontal scroll", async ({ page }) => {
  await page.goto("/learn/01-why-kubernetes/02-cluster-anatomy");
  await expect(page.getByRole("heading", { level: 1, name: "Anatomy of a cluster" })).toBeVisible();
  // The desktop sidebar is hidden; the <details> lesson menu replaces it.
  const menu = page.locator("details").filter({ hasText: "Lessons ·" });
  await expect(menu).toBeVisible();
  await menu.locator("summary").click();
  await expect(menu.getByRole("link", { name: "What Kubernetes does" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "e2e/.artifacts/screens/mobile-lesson.png" });
  await menu.getByRole("link", { name: "What Kubernetes does" }).click();
  await expect(page).toHaveURL(/01-what-kubernetes-does$/);
});
