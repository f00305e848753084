import { expect, test, type Page } from "@playwright/test";

const LESSON = "/learn/01-why-kubernetes/02-cluster-anatomy";

// The widget boots a cluster, xterm and CodeMirror: give slow shared CI machines room.
test.describe.configure({ timeout: 180_000 });

async function openPlayground(page: Page) {
  await page.goto(LESSON);
  const widget = page.getByRole("region", { name: "Playground" });
  // Centre it: at the top of the viewport the sticky site header would cover its controls.
  await widget.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const terminal = widget.getByTestId("terminal");
  // Generous: hydration alone can take seconds on a loaded 2-core machine.
  await expect(terminal).toHaveAttribute("data-ready", "true", { timeout: 60_000 });
  await expect(widget.getByRole("region", { name: "Node kind-worker2" })).toBeVisible({ timeout: 60_000 });
  return { widget, terminal };
}

async function typeCommand(page: Page, terminal: ReturnType<Page["locator"]>, line: string) {
  await terminal.click();
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

test("playground: kubectl in the terminal, a Pod applied from the editor reaches Running, history ↑", async ({ page }) => {
  const { widget, terminal } = await openPlayground(page);
  const screen = terminal.locator(".xterm-rows");

  await typeCommand(page, terminal, "kubectl get nodes");
  await expect(screen).toContainText(/kind-control-plane\s+Ready\s+control-plane/);
  await expect(screen).toContainText(/kind-worker2\s+Ready\s+<none>/);

  await typeCommand(page, terminal, "foo");
  await expect(screen).toContainText("bash: foo: command not found");

  // Apply the starter Pod from the YAML editor (the same path as kubectl apply -f -).
  await widget.getByRole("tab", { name: "YAML editor" }).click();
  await expect(widget.getByRole("textbox", { name: "YAML manifest" })).toContainText("kind: Pod");
  await widget.getByRole("button", { name: "Apply" }).click();
  await expect(widget.getByRole("status", { name: "Apply result" })).toHaveText("pod/web created");
  const pod = widget.locator('[data-pod="web"]');
  await expect(pod).toBeVisible();
  await widget.getByRole("radio", { name: "20×" }).click();
  await expect(pod).toHaveAttribute("data-status", "Running");
  await expect(widget.getByRole("listitem", { name: "Pod web: Running, 1/1 ready, 0 restarts" })).toBeVisible();
  await page.screenshot({ path: "/tmp/playground-running.png" });
  await widget.screenshot({ path: "/tmp/playground-widget.png" });

  // Back in the terminal: ↑ twice recalls `kubectl get nodes` (history skips nothing typed since).
  await widget.getByRole("tab", { name: "Terminal" }).click();
  await terminal.click();
  await page.keyboard.type("k get pods");
  await page.keyboard.press("Enter");
  await expect(screen).toContainText(/web\s+1\/1\s+Running\s+0/);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(screen.getByText(/kind-worker\s+Ready/)).toHaveCount(2);
  await widget.screenshot({ path: "/tmp/playground-terminal.png" });
});

test("playground: an invalid manifest shows the API error at its line; time controls pause and step", async ({ page }) => {
  const { widget } = await openPlayground(page);
  await widget.getByRole("button", { name: "Pause time" }).click();
  const clock = widget.locator('output[aria-label="Virtual time"]');
  const paused = await clock.textContent();
  await page.waitForTimeout(400);
  await expect(clock).toHaveText(paused!);

  await widget.getByRole("tab", { name: "YAML editor" }).click();
  const editor = widget.getByRole("textbox", { name: "YAML manifest" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText("apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\nspec:\n  containers:\n  - name: app\n");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(widget.getByRole("status", { name: "Apply result" })).toHaveText('The Pod "bad" is invalid: spec.containers[0].image: Required value');
  await expect(widget.locator(".cm-lintRange-error")).toHaveCount(1);
  await expect(widget.locator(".cm-lint-marker-error")).toHaveCount(1);
  await widget.screenshot({ path: "/tmp/playground-error.png" });

  // Step: apply a good Pod while paused, then step event by event.
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText("apiVersion: v1\nkind: Pod\nmetadata:\n  name: stepper\nspec:\n  containers:\n  - name: app\n    image: nginx\n");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(widget.locator('[data-pod="stepper"]')).toHaveAttribute("data-status", "ContainerCreating");
  for (let i = 0; i < 20; i++) {
    if ((await widget.locator('[data-pod="stepper"]').getAttribute("data-status")) === "Running") break;
    await widget.getByRole("button", { name: "Step to the next event" }).click();
    await page.waitForTimeout(50);
  }
  await expect(widget.locator('[data-pod="stepper"]')).toHaveAttribute("data-status", "Running");
  await expect(clock).not.toHaveText(paused!);
  await expect(widget.getByRole("button", { name: "Play time" })).toBeVisible();
});

test("playground in dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const { widget, terminal } = await openPlayground(page);
  await typeCommand(page, terminal, "k get nodes -o wide");
  await expect(terminal.locator(".xterm-rows")).toContainText("INTERNAL-IP");
  await widget.screenshot({ path: "/tmp/playground-dark.png" });
});
