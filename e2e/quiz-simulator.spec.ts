import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";

// Simulator questions end to end: a command question answered with a wrong command (the
// check's message and the simulated terminal's output come back), and a predict question
// whose feedback puts the simulator's transcript next to the prediction. As Alan on lesson
// 2.2, which no other spec opens or counts (Ada's quizzes and lessons belong to quiz,
// dashboard, journey and instructor specs; Katherine's attempts to attacks.spec).

const LESSON = "/learn/02-control-loop/02-controllers";
const ALAN = "alan@reconcile.dev";
// The first request of a fresh server opens and migrates the embedded database.
const FIRST_LOAD = { timeout: 60_000 };
test.setTimeout(120_000);

const question = (page: Page, id: string) => page.locator(`fieldset[data-question="${id}"]`);

test("command and predict questions: the simulator's verdict, output and transcript come back", async ({ page }) => {
  await signIn(page, ALAN);
  await page.goto(LESSON);
  const quiz = page.getByTestId("quiz");
  await expect(quiz.getByRole("button", { name: "Submit answers" })).toBeVisible(FIRST_LOAD);

  // Scaling the ReplicaSet is the classic wrong answer: the Deployment controller undoes it.
  const command = question(page, "scale-to-two");
  await command.getByLabel("Your kubectl command").fill("kubectl scale replicaset web-5f84b7585b --replicas=2");
  const predict = question(page, "list-while-terminating");
  await expect(predict.getByText("kubectl delete pod web-5f84b7585b-2dlg4 --wait=false")).toBeVisible();
  await predict.getByLabel("Your prediction").fill("2");
  await quiz.getByRole("button", { name: "Submit answers" }).click();
  await expect(quiz.getByTestId("quiz-result")).toBeVisible();

  await expect(command.getByTestId("question-verdict")).toHaveText("Incorrect");
  await expect(command.getByText("You ran kubectl scale replicaset web-5f84b7585b --replicas=2")).toBeVisible();
  await expect(command.locator("[data-check-message]")).toHaveText("deployment/web has spec.replicas 3; expected 2.");
  await expect(command.getByLabel("What the simulated terminal printed")).toHaveText("replicaset.apps/web-5f84b7585b scaled");
  await expect(command.getByText("One command that works: kubectl scale deployment web --replicas=2")).toBeVisible();
  await command.scrollIntoViewIfNeeded();
  await command.screenshot({ path: "e2e/.artifacts/screens/quiz-command-feedback.png" });

  await expect(predict.getByTestId("question-verdict")).toHaveText("Incorrect");
  await expect(predict.getByText(/The simulator: 4 Pods\s*· you predicted 2/)).toBeVisible();
  const transcript = predict.getByLabel("What the simulator did");
  await expect(transcript).toContainText('$ kubectl delete pod web-5f84b7585b-2dlg4 --wait=false\npod "web-5f84b7585b-2dlg4" deleted from default namespace');
  await expect(transcript).toContainText("$ kubectl get pods\nNAME");
  await expect(transcript).toContainText(/web-5f84b7585b-2dlg4 +1\/1 +Terminating/);
  await expect(transcript).toContainText(/ContainerCreating/);
  await predict.scrollIntoViewIfNeeded();
  await predict.screenshot({ path: "e2e/.artifacts/screens/quiz-predict-feedback.png" });
});
