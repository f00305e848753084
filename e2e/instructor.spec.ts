import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ADA, DEMO_PASSWORD, GRACE, signIn } from "./helpers/auth";

// The instructor's journey: Grace signs in, creates a cohort, Ada joins it with the invite
// link, Grace sees Ada's cells in the matrix (Ada's seeded attempts: lesson 1.1 completed,
// failed attempts on 1.2), opens one of them replayed step by step, exports both CSVs and
// checks their content, then archives the cohort and a learner is refused with a message.

const FIRST_LOAD = { timeout: 60_000 };
const SHOTS = path.join(__dirname, ".artifacts", "instructor");
test.setTimeout(180_000);

test("a learner cannot see the instructor pages", async ({ page }) => {
  await signIn(page, ADA);
  const res = await page.goto("/instructor");
  expect(res?.status()).toBe(404);
  const csv = await page.request.get("/instructor/cohorts/cnotacohortnotacohort00/export/matrix");
  expect(csv.status()).toBe(403);
});

test("create a cohort, a learner joins, matrix → cell → replay → CSV exports, archive", async ({ page, browser }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const cohortName = `E2E cohort ${Date.now().toString(36)}`;

  // Grace signs in with the form and finds the Instructor link in the header.
  await page.goto("/sign-in?next=%2Finstructor");
  await page.getByLabel("Email").fill(GRACE);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/instructor", FIRST_LOAD);
  await expect(page.getByRole("banner").getByRole("link", { name: "Instructor" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Demo cohort/ })).toBeVisible();

  await page.getByLabel("Name").fill(cohortName);
  await page.getByRole("button", { name: "Create cohort" }).click();
  await page.waitForURL(/\/instructor\/cohorts\/c[a-z0-9]+\/settings$/, FIRST_LOAD);
  const cohortUrl = page.url().replace(/\/settings$/, "");
  await expect(page.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{8}$/);
  const invite = (await page.getByTestId("invite-link").textContent())!.trim();
  expect(invite).toMatch(new RegExp(`/join/${code}$`));
  await page.screenshot({ path: path.join(SHOTS, "settings.png"), fullPage: true });

  // Ada opens the invite link and joins (twice is fine).
  const learner = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const adaPage = await learner.newPage();
  await signIn(adaPage, ADA);
  await adaPage.goto(new URL(invite).pathname);
  await expect(adaPage.getByRole("heading", { name: cohortName })).toBeVisible(FIRST_LOAD);
  await adaPage.getByRole("button", { name: `Join ${cohortName}` }).click();
  await expect(adaPage.getByRole("status")).toContainText(`You joined ${cohortName}.`);
  await adaPage.screenshot({ path: path.join(SHOTS, "join.png") });

  // The matrix: Ada's row, lesson 1.1 completed, 1.2 touched.
  await page.goto(cohortUrl);
  const matrix = page.getByTestId("progress-matrix");
  const adaRow = matrix.getByRole("row", { name: /Ada Lovelace/ });
  await expect(adaRow).toBeVisible(FIRST_LOAD);
  await expect(adaRow.locator("td[data-status]").first()).toHaveAttribute("data-status", "completed");
  await expect(adaRow.locator("td[data-status]").nth(1)).not.toHaveAttribute("data-status", "not-started");
  await expect(matrix.getByRole("row", { name: /Cohort average/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Legend" })).toContainText("Exercise passed");
  await page.screenshot({ path: path.join(SHOTS, "matrix.png"), fullPage: true });

  // Filter: learners with a lesson not started keeps Ada (7 lessons, she did 2).
  await page.getByLabel("Learners with a lesson").selectOption("not-started");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("matrix-summary")).toContainText(/\b1 learners?/);

  // Ada's 1.2 cell → her attempts on that lesson → a replay.
  await adaRow.getByRole("link", { name: /Ada Lovelace, 1\.2 / }).click();
  const lesson = page.locator("#lesson-01-why-kubernetes--02-cluster-anatomy");
  await expect(lesson).toBeVisible(FIRST_LOAD);
  await page.screenshot({ path: path.join(SHOTS, "learner.png"), fullPage: true });
  await lesson.getByRole("link", { name: /Replay/ }).first().click();
  await expect(page.getByRole("heading", { level: 2 })).toBeVisible(FIRST_LOAD);
  await expect(page.getByTestId("step-position")).toContainText("step 0 of");
  await expect(page.getByTestId("step-command")).toContainText("Starting cluster");
  await page.getByRole("button", { name: "Next →" }).click();
  await expect(page.getByTestId("step-position")).toContainText("step 1 of");
  await expect(page.getByTestId("step-command")).not.toContainText("Starting cluster");
  await expect(page.getByTestId("attempt-checks").getByText("Failed:")).not.toHaveCount(0);
  await expect(page.getByRole("region", { name: "Selected step" }).locator("section[aria-label^='Node ']").first()).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, "replay.png"), fullPage: true });

  // CSV exports: the matrix file through the download link, the attempts file by request.
  await page.goto(cohortUrl);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export matrix (CSV)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^matrix-e2e-cohort-[a-z0-9-]+\.csv$/);
  const matrixCsv = fs.readFileSync((await download.path())!, "utf8").split("\r\n");
  expect(matrixCsv[0]).toMatch(/^Learner,Email,Completed,Progress %,1\.1 /);
  expect(matrixCsv[1]).toMatch(/^Ada Lovelace,ada@reconcile\.dev,\d+,\d+,Completed,(In progress|Exercise passed|Quiz passed|Completed),/);
  expect(matrixCsv[2]).toMatch(/^Cohort average \(completed %\),,,\d+,100,/);
  const attempts = await page.request.get(`${new URL(cohortUrl).pathname}/export/attempts`);
  expect(attempts.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const attemptLines = (await attempts.text()).split("\r\n");
  expect(attemptLines[0]).toBe("Attempt,Kind,Learner,Email,Lesson,Exercise or quiz,Score,Max score,Passed,Failed checks,Commands,Submitted at");
  expect(attemptLines.some((l) => /^c[a-z0-9]+,exercise,Ada Lovelace,ada@reconcile\.dev,01-why-kubernetes\/02-cluster-anatomy,[a-z-]+,\d+,\d+,false,/.test(l))).toBe(true);

  // Insights render charts for the cohort.
  await page.getByRole("link", { name: "Insights" }).click();
  await expect(page.getByTestId("exercise-insight").first()).toBeVisible(FIRST_LOAD);
  await page.screenshot({ path: path.join(SHOTS, "insights.png"), fullPage: true });

  // Archive: a learner opening the link is refused with a clear message.
  await page.getByRole("link", { name: "Learners & settings" }).click();
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("status")).toContainText("Archived");
  await adaPage.goto(`/join/${code}`);
  await expect(adaPage.getByRole("heading", { name: `${cohortName} is archived` })).toBeVisible(FIRST_LOAD);
  await learner.close();
});
