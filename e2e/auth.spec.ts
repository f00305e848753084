import { expect, test, type Page } from "@playwright/test";
import { ADA, DEMO_PASSWORD, latestMail, linkIn, signIn } from "./helpers/auth";

// Accounts end to end against `next start`: sign up with inline errors, confirm the email
// through the mailed link (the server writes mails to MAIL_OUTBOX_DIR), sign in (a wrong
// password first), the header shows name and role, sign out. And a guest's exercise attempt
// and quiz answers, kept on the device, become the new account's once they sign in.

const FIRST_LOAD = { timeout: 60_000 };
const LESSON = "/learn/01-why-kubernetes/01-what-kubernetes-does";
test.describe.configure({ timeout: 180_000 });

const unique = (tag: string) => `${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.com`;

async function signUp(page: Page, name: string, email: string, password: string) {
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Create account" }).click();
}

async function confirmEmail(page: Page, email: string) {
  const mail = await latestMail(email, /Confirm your email/);
  await page.goto(linkIn(mail));
  await expect(page.getByRole("heading", { name: "Email confirmed" })).toBeVisible(FIRST_LOAD);
  await page.getByTestId("continue-to-sign-in").click();
  await expect(page.getByTestId("verified")).toBeVisible();
}

async function submitSignIn(page: Page, email: string, password: string) {
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("sign up → confirm the email → sign in → sign out", async ({ page }) => {
  const email = unique("lin");
  await page.goto("/sign-up?next=/course");
  await signUp(page, "Lin Learner", email, "short");
  // Inline, and nothing is sent.
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible(FIRST_LOAD);
  await page.getByRole("form", { name: "Create account" }).getByLabel("Password").fill("a-good-long-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("check-inbox")).toContainText(email);

  // Not confirmed yet: signing in is refused with a new link on its way.
  await page.goto("/sign-in?next=/course");
  await submitSignIn(page, email, "a-good-long-password");
  const formAlert = page.getByRole("form", { name: "Sign in" }).getByRole("alert");
  await expect(formAlert).toHaveText("Confirm your email address first: we have sent you a new link.");

  await confirmEmail(page, email);
  await submitSignIn(page, email, "not-my-password");
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/sign-in/);

  await submitSignIn(page, email, "a-good-long-password");
  await page.waitForURL((url) => url.pathname === "/course", FIRST_LOAD);
  const header = page.getByRole("banner");
  await expect(header.getByTestId("account-name")).toContainText("Lin Learner");
  await expect(header.getByTestId("account-role")).toHaveText("Learner");
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("session_token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await header.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/", FIRST_LOAD);
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  // The session is gone on the server, not just the cookie in this tab.
  const session = await page.request.get("/api/auth/get-session");
  expect(await session.json()).toBeNull();
});

test("next= never leaves the site, and the header names an instructor's role", async ({ page }) => {
  await page.goto("/sign-in?next=https://evil.example/steal");
  await submitSignIn(page, "grace@reconcile.dev", DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === "/course", FIRST_LOAD);
  await expect(page.getByRole("banner").getByTestId("account-role")).toHaveText("Instructor");
  // Signed in, the sign-in page sends you on (to a same-site path only).
  await page.goto("/sign-in?next=//evil.example");
  await page.waitForURL((url) => url.pathname === "/course" && url.host !== "evil.example", FIRST_LOAD);
});

test("a guest's exercise attempt and quiz answers become theirs after signing up", async ({ page }) => {
  await page.goto(LESSON);
  const widget = page.getByRole("region", { name: /^Exercise: / });
  await widget.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await expect(widget.getByTestId("terminal")).toHaveAttribute("data-ready", "true", FIRST_LOAD);
  await widget.getByRole("button", { name: "Check my work" }).click();
  await expect(widget.getByTestId("guest-notice")).toContainText("Your attempt is saved on this device.", FIRST_LOAD);

  const quiz = page.getByTestId("quiz");
  await quiz.getByRole("button", { name: "Submit answers" }).click();
  await expect(quiz.getByTestId("quiz-result")).toBeVisible(FIRST_LOAD);
  await expect(quiz.getByTestId("guest-notice")).toBeVisible();

  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("reconcile:guest-progress") ?? "null"));
  expect(saved.exercises).toHaveLength(1);
  expect(saved.quizzes).toHaveLength(1);
  const attempt = saved.exercises[0];

  // From the notice under the exercise: create an account, confirm, sign in.
  const email = unique("guest");
  await widget.getByTestId("guest-notice").getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?next=%2Flearn%2F/);
  await signUp(page, "Grace Guest", email, "guest-password-123");
  await expect(page.getByTestId("check-inbox")).toBeVisible(FIRST_LOAD);
  // Still kept while the email is unconfirmed.
  expect(await page.evaluate(() => localStorage.getItem("reconcile:guest-progress"))).not.toBeNull();
  await confirmEmail(page, email);
  await submitSignIn(page, email, "guest-password-123");
  await page.waitForURL((url) => url.pathname === LESSON, FIRST_LOAD);
  await expect(page.getByRole("banner").getByTestId("account-name")).toContainText("Grace Guest");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("reconcile:guest-progress")), FIRST_LOAD).toBeNull();

  // The server graded and stored the attempt for this account: re-sending its idempotency key
  // returns the stored attempt instead of grading again.
  const again = await page.request.post(`/api/exercises/${attempt.exerciseId}/check`, {
    data: { exerciseId: attempt.exerciseId, actions: attempt.actions, stateHash: attempt.stateHash, idempotencyKey: attempt.idempotencyKey },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(again.status()).toBe(200);
  expect(await again.json()).toMatchObject({ exerciseId: attempt.exerciseId, repeated: true, passed: false });

  // And the dashboard counts it, with the quiz score.
  await page.goto("/dashboard");
  const row = page.locator('tr[data-lesson="01-why-kubernetes/01-what-kubernetes-does"]');
  await expect(row).toContainText(/not passed · best .+ · 1 try/, FIRST_LOAD);
  await expect(row).toContainText(/best 0% · latest 0%/);
});

test("the shared helper signs Ada in for other specs", async ({ page }) => {
  await signIn(page, ADA);
  await page.goto("/course");
  await expect(page.getByRole("banner").getByTestId("account-name")).toContainText("Ada Lovelace", FIRST_LOAD);
});
