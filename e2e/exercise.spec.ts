import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";

// Lesson 1.1's exercise end to end: the widget starts from the exercise's cluster (web is
// already there), records what the learner does, and "Check my work" is graded by the server.
const LESSON = "/learn/01-why-kubernetes/01-what-kubernetes-does";
const HELLO = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: hello\n  labels:\n    app: hello\nspec:\n  containers:\n    - name: hello\n      image: nginx:1.27\n";

test.describe.configure({ timeout: 240_000 });

test("exercise: a premature check fails with a message; the reference solution (apply hello, run past the crash) passes", async ({ page }) => {
  await signIn(page);
  await page.goto(LESSON);
  const widget = page.getByRole("region", { name: /^Exercise: / });
  await widget.evaluate((el) => el.scrollIntoView({ block: "start" }));
  const terminal = widget.getByTestId("terminal");
  await expect(terminal).toHaveAttribute("data-ready", "true", { timeout: 60_000 });
  // The starting cluster: web exists from t=0.
  await expect(widget.locator('[data-pod="web"]')).toBeVisible({ timeout: 60_000 });

  // Hints come one at a time.
  await widget.getByRole("button", { name: /Show a hint \(4 left\)/ }).click();
  await expect(widget.getByRole("list", { name: "Hints" }).getByRole("listitem")).toHaveCount(1);
  await expect(widget.getByRole("button", { name: /Show another hint \(3 left\)/ })).toBeVisible();

  // Wrong attempt: check before doing anything.
  const check = widget.getByRole("button", { name: "Check my work" });
  await check.click();
  const verdict = widget.getByRole("status", { name: "Verdict" });
  await expect(verdict).toHaveText(/Not yet: \d of 6 checks passed/, { timeout: 60_000 });
  const results = widget.getByRole("list", { name: "Check results" });
  await expect(results.locator('[data-check="hello-exists"]')).toHaveAttribute("data-passed", "false");
  await expect(results.locator('[data-check="hello-exists"]')).toContainText("There is no Pod named hello yet");
  await widget.screenshot({ path: "/tmp/exercise-failed.png" });

  // The reference solution: apply hello from the editor, look in the terminal, run the clock past t=30s.
  await widget.getByRole("tab", { name: "YAML editor" }).click();
  const editor = widget.getByRole("textbox", { name: "YAML manifest" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(HELLO);
  await widget.getByRole("button", { name: "Apply" }).click();
  await expect(widget.getByRole("status", { name: "Apply result" })).toHaveText("pod/hello created");
  await widget.getByRole("radio", { name: "20×" }).click();
  await widget.getByRole("tab", { name: "Terminal" }).click();
  await terminal.click();
  await page.keyboard.type("kubectl get pods");
  await page.keyboard.press("Enter");
  await expect(terminal.locator(".xterm-rows")).toContainText(/hello\s+\d\/1/);
  // The scripted crash at t=30s, and the kubelet's restart.
  await expect(widget.getByRole("listitem", { name: "Pod web: Running, 1/1 ready, 1 restarts" })).toBeVisible({ timeout: 120_000 });
  await expect(widget.getByRole("listitem", { name: "Pod hello: Running, 1/1 ready, 0 restarts" })).toBeVisible();

  await check.click();
  await expect(verdict).toHaveText("Passed: every check is green.", { timeout: 60_000 });
  await expect(results.locator('[data-passed="true"]')).toHaveCount(6);
  await expect(results.locator('[data-check="web-healed"]')).toContainText("The kubelet restarted web's container");
  await expect(widget.getByRole("alert")).toHaveCount(0);
  await widget.screenshot({ path: "/tmp/exercise-passed.png" });
});

test("exercise: a refused check (401 guest) says to sign in", async ({ page }) => {
  await page.route("**/api/exercises/*/check", (route) =>
    route.fulfill({ status: 401, contentType: "application/json", body: JSON.stringify({ error: { code: "not-signed-in", message: "Sign in to have your exercises checked." } }) }),
  );
  await page.goto(LESSON);
  const widget = page.getByRole("region", { name: /^Exercise: / });
  await widget.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await expect(widget.getByTestId("terminal")).toHaveAttribute("data-ready", "true", { timeout: 60_000 });
  const check = widget.getByRole("button", { name: "Check my work" });
  await expect(check).toBeEnabled({ timeout: 60_000 });
  await check.click();
  await expect(widget.getByRole("alert")).toHaveText("Sign in to save your progress.");
  await expect(widget.getByRole("status", { name: "Verdict" })).toHaveCount(0);
});
