import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

// Attacks against the running server (seeded demo accounts, password "reconcile-demo"):
// CSRF, forged grading results and roles, idempotency keys replayed by another user, IDOR on
// the instructor's id-taking routes, session fixation, open redirects on sign-in, XSS through
// names/cohort titles/YAML, and error bodies that leak internals.

const PASSWORD = "reconcile-demo";
const EXERCISE = "follow-the-scheduler";
const QUIZ = "01-why-kubernetes.01-what-kubernetes-does";
const LEAK = /\bat [\w.<>]+ \(|node_modules|prisma|PrismaClient|SELECT |INSERT INTO|duplicate key|stack/i;
test.describe.configure({ timeout: 120_000 });

async function signIn(request: APIRequestContext, baseURL: string, email: string) {
  const res = await request.post("/api/auth/sign-in/email", { data: { email, password: PASSWORD }, headers: { origin: baseURL } });
  expect(res.status(), await res.text()).toBe(200);
}

async function signInPage(page: Page, email: string, next?: string) {
  await page.goto(`/sign-in${next === undefined ? "" : `?next=${encodeURIComponent(next)}`}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: /sign in/i }).first().click();
}

test("CSRF: a state-changing POST from another origin is refused with 403 and stores nothing", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await signIn(request, baseURL!, "ada@reconcile.dev");
  for (const [path, body] of [
    [`/api/exercises/${EXERCISE}/check`, { actions: [], idempotencyKey: "csrf-attempt-0001" }],
    [`/api/quizzes/${QUIZ}/submit`, { idempotencyKey: "csrf-quiz-0001", answers: {} }],
    ["/api/review", {}],
    ["/api/progress/visit", {}],
  ] as const) {
    const res = await request.post(path, { data: body, headers: { origin: "https://evil.example" } });
    expect(res.status(), path).toBe(403);
  }
  // The refused quiz submission was not stored: the same key now works and is new (201, not replayed).
  const ok = await request.post(`/api/quizzes/${QUIZ}/submit`, { data: { idempotencyKey: "csrf-quiz-0001", answers: {} }, headers: { origin: baseURL! } });
  expect(ok.status()).toBe(201);
  await request.dispose();
});

test("forged grading results: client-sent verdicts and scores are refused, never stored", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await signIn(request, baseURL!, "katherine@reconcile.dev");
  const check = await request.post(`/api/exercises/${EXERCISE}/check`, { data: { actions: [], idempotencyKey: "forged-0001", passed: true, score: 6 }, headers: { origin: baseURL! } });
  expect(check.status()).toBe(422);
  const quiz = await request.post(`/api/quizzes/${QUIZ}/submit`, { data: { idempotencyKey: "forged-0002", answers: {}, score: 600, passed: true }, headers: { origin: baseURL! } });
  expect(quiz.status()).toBe(422);
  // An empty log is graded by the server as what it is: not passed.
  const honest = await request.post(`/api/exercises/${EXERCISE}/check`, { data: { actions: [], idempotencyKey: "forged-0003" }, headers: { origin: baseURL! } });
  expect(honest.status()).toBe(200);
  expect((await honest.json()).passed).toBe(false);
  await request.dispose();
});

test("an idempotency key replayed by another user is that user's own attempt, not a view of the first", async ({ playwright, baseURL }) => {
  // Katherine, not Ada: instructor.spec replays Ada's newest 1.2 attempt, which an empty log here would become.
  const kate = await playwright.request.newContext({ baseURL });
  const alan = await playwright.request.newContext({ baseURL });
  await signIn(kate, baseURL!, "katherine@reconcile.dev");
  await signIn(alan, baseURL!, "alan@reconcile.dev");
  const key = `shared-key-${Date.now()}`;
  const first = await kate.post(`/api/quizzes/${QUIZ}/submit`, { data: { idempotencyKey: key, answers: {} }, headers: { origin: baseURL! } });
  expect(first.status()).toBe(201);
  const firstBody = await first.json();
  const second = await alan.post(`/api/quizzes/${QUIZ}/submit`, { data: { idempotencyKey: key, answers: {} }, headers: { origin: baseURL! } });
  expect(second.status()).toBe(201);
  const secondBody = await second.json();
  expect(secondBody.replayed).toBeUndefined();
  expect(secondBody.attemptId).not.toBe(firstBody.attemptId);

  const ex1 = await kate.post(`/api/exercises/${EXERCISE}/check`, { data: { actions: [], idempotencyKey: key }, headers: { origin: baseURL! } });
  const ex2 = await alan.post(`/api/exercises/${EXERCISE}/check`, { data: { actions: [], idempotencyKey: key }, headers: { origin: baseURL! } });
  expect((await ex2.json()).repeated).toBe(false);
  expect((await ex2.json()).attemptId).not.toBe((await ex1.json()).attemptId);
  await kate.dispose();
  await alan.dispose();
});

test("IDOR: a learner gets 404 on every instructor route with a real cohort id; signed out gets sign-in", async ({ page, playwright, baseURL }) => {
  // The instructor's own cohort id, read from her cohort list.
  await signInPage(page, "grace@reconcile.dev", "/instructor");
  await page.waitForURL(/\/instructor$/);
  const href = await page.locator('a[href^="/instructor/cohorts/"]').first().getAttribute("href");
  const cohortId = href!.split("/")[3]!;
  const learner = await playwright.request.newContext({ baseURL });
  await signIn(learner, baseURL!, "ada@reconcile.dev");
  for (const path of [`/instructor/cohorts/${cohortId}`, `/instructor/cohorts/${cohortId}/settings`, `/instructor/cohorts/${cohortId}/export/matrix`, `/instructor/cohorts/${cohortId}/export/attempts`]) {
    const res = await learner.get(path, { maxRedirects: 0 });
    expect([403, 404], `${path} as a learner`).toContain(res.status());
    expect(await res.text()).not.toContain("Ada Lovelace,"); // no CSV rows
  }
  const anonymous = await playwright.request.newContext({ baseURL });
  const res = await anonymous.get(`/instructor/cohorts/${cohortId}/export/matrix`, { maxRedirects: 0 });
  expect([401, 307, 303, 302]).toContain(res.status());
  await learner.dispose();
  await anonymous.dispose();
});

test("session fixation: a session cookie planted before sign-in is not the session after it, and authenticates nothing", async ({ page, context, baseURL }) => {
  const url = new URL(baseURL!);
  const planted = "attacker-chosen-token.signature";
  await context.addCookies([{ name: "reconcile.session_token", value: planted, domain: url.hostname, path: "/" }]);
  expect((await page.request.get("/api/auth/get-session")).status()).toBeLessThan(500);
  expect(await (await page.request.get("/api/auth/get-session")).json()).toBeNull();
  await signInPage(page, "ada@reconcile.dev", "/course");
  await page.waitForURL(/\/course$/);
  const session = (await context.cookies()).find((c) => c.name.endsWith("session_token"));
  expect(session?.value).toBeTruthy();
  expect(session!.value).not.toBe(planted);
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
});

test("open redirect: sign-in never leaves the site whatever next= says", async ({ page, baseURL }) => {
  // Sign-in is rate limited per account (10 per 15 min): each target signs in a different learner.
  const targets: [string, string][] = [
    ["https://evil.example/phish", "alan@reconcile.dev"],
    ["//evil.example/x", "katherine@reconcile.dev"],
    ["/\\evil.example", "alan@reconcile.dev"],
  ];
  for (const [next, email] of targets) {
    await page.context().clearCookies();
    await signInPage(page, email, next);
    await page.waitForLoadState("load");
    await expect.poll(() => page.url(), { message: next, timeout: 30_000 }).not.toContain("/sign-in");
    expect(new URL(page.url()).origin, next).toBe(new URL(baseURL!).origin);
  }
});

test("XSS: a cohort title and YAML shown back are text, never markup", async ({ page }) => {
  test.setTimeout(300_000);
  const payload = `<img src=x onerror="window.__xss=1">"><script>window.__xss=2</script>`;
  await signInPage(page, "grace@reconcile.dev", "/instructor");
  await page.waitForURL(/\/instructor$/);
  await page.getByLabel("Name").fill(payload);
  await page.getByRole("button", { name: "Create cohort" }).click();
  await expect(page.getByText(payload).first()).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator("img[src=x]").count()).toBe(0);

  // YAML with markup in a label value, applied in the simulator and read back in the terminal.
  await page.goto("/learn/01-why-kubernetes/02-cluster-anatomy");
  const widget = page.getByRole("region", { name: "Playground" });
  await widget.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const terminal = widget.getByTestId("terminal");
  await expect(terminal).toHaveAttribute("data-ready", "true", { timeout: 60_000 });
  await widget.getByRole("tab", { name: "YAML editor" }).click();
  const editor = widget.getByRole("textbox", { name: "YAML manifest" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: xss\n  annotations:\n    note: '${payload.replace(/'/g, "''")}'\ndata:\n  html: '<svg onload=window.__xss=3>'\n`);
  await widget.getByRole("button", { name: "Apply" }).click();
  await expect(widget.getByRole("status", { name: "Apply result" })).toHaveText("configmap/xss created");
  await widget.getByRole("tab", { name: "Terminal" }).click();
  await terminal.click();
  await page.keyboard.type("kubectl get cm xss -o yaml");
  await page.keyboard.press("Enter");
  await expect(terminal.locator(".xterm-rows")).toContainText("<svg onload=window.__xss=3>");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator("svg[onload]").count()).toBe(0);
});

test("errors never leak stack traces or SQL", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await signIn(request, baseURL!, "katherine@reconcile.dev");
  const probes = [
    request.post(`/api/exercises/${EXERCISE}/check`, { data: "{not json", headers: { "content-type": "application/json", origin: baseURL! } }),
    request.post(`/api/exercises/${EXERCISE}/check`, { data: { actions: [{ at: -1, kind: "kubectl", payload: { line: "x".repeat(10_000) } }], idempotencyKey: "k" }, headers: { origin: baseURL! } }),
    request.post(`/api/exercises/%00'%20OR%201=1--/check`, { data: {}, headers: { origin: baseURL! } }),
    request.post(`/api/quizzes/${QUIZ}/submit`, { data: { idempotencyKey: "'; DROP TABLE \"User\";--", answers: { "__proto__": { polluted: true } } }, headers: { origin: baseURL! } }),
    request.post(`/api/quizzes/${QUIZ}/submit`, { data: Buffer.from([0xff, 0xfe, 0x00]), headers: { "content-type": "application/json", origin: baseURL! } }),
    request.post("/api/review", { data: { questionId: 42 }, headers: { origin: baseURL! } }),
    request.get("/api/quizzes/..%2F..%2Fetc%2Fpasswd"),
  ];
  for (const res of await Promise.all(probes)) {
    expect(res.status(), res.url()).toBeGreaterThanOrEqual(400);
    expect(res.status(), res.url()).toBeLessThan(500);
    expect(await res.text(), res.url()).not.toMatch(LEAK);
  }
  // A malformed percent-encoding in a page path: Next answers 500 here (a known gap, see the
  // README), but with its generic error page and nothing internal in it.
  const malformed = await request.get("/learn/%E0%A4%A/x");
  expect(malformed.status()).toBeGreaterThanOrEqual(400);
  expect(await malformed.text()).not.toMatch(/\bat [\w.<>]+ \(|node_modules|PrismaClient|SELECT |INSERT INTO/);
  await request.dispose();
});
