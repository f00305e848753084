import "server-only";
// Server-only: the checks and the reference solution of "move billing's settings out of its Deployment".
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, fieldEquals, pass } from "@/lib/exercises/checks";
import { isPodReady } from "@/lib/exercises/checks/objects";
import { BILLING_DEPLOYMENT } from "../transcripts";
import { exercise } from "./exercise";

/* eslint-disable @typescript-eslint/no-explicit-any */
export const NEW_PASSWORD = "Tr0ub4dor-3";

const decode = (b64: unknown): string | undefined => {
  if (typeof b64 !== "string") return undefined;
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
};

const container = (cluster: ClusterView): any => (cluster.get("deployments", "default", "billing") as any)?.spec?.template?.spec?.containers?.[0];
const billingPods = (cluster: ClusterView): ApiObject[] => cluster.list("pods", "default", "app=billing").filter((p) => !p.metadata.deletionTimestamp);

const config = fieldEquals("config", { resource: "configmaps", name: "billing-config" }, "data.CURRENCY", "EUR", {
  title: "ConfigMap billing-config holds CURRENCY=EUR",
});

const secret = customCheck("secret", "Secret billing-db holds the new password", (cluster) => {
  const s = cluster.get("secrets", "default", "billing-db");
  if (!s) return fail("There is no Secret billing-db.");
  const value = decode((s as any).data?.password);
  if (value === undefined) return fail("Secret billing-db has no key password.");
  if (value !== NEW_PASSWORD) return fail(`Secret billing-db's password key decodes to "${value}", not the new password.`);
  return pass("Secret billing-db holds the new password under the key password.");
});

/** How the container gets a variable: "literal", "configmap:<name>/<key>", "secret:<name>/<key>", or undefined. */
function sourceOf(c: any, name: string): string | undefined {
  const e = (c?.env ?? []).find((v: any) => v.name === name);
  if (e) {
    const cm = e.valueFrom?.configMapKeyRef;
    const sec = e.valueFrom?.secretKeyRef;
    if (cm) return `configmap:${cm.name}/${cm.key}`;
    if (sec) return `secret:${sec.name}/${sec.key}`;
    return "literal";
  }
  const from = (c?.envFrom ?? []).find((f: any) => !f.prefix && (f.configMapRef || f.secretRef));
  if (from?.configMapRef) return `configmap:${from.configMapRef.name}/${name}`;
  if (from?.secretRef) return `secret:${from.secretRef.name}/${name}`;
  return undefined;
}

const wired = customCheck("wired", "billing reads CURRENCY from the ConfigMap and DB_PASSWORD from the Secret", (cluster) => {
  const c = container(cluster);
  if (!c) return fail("The Deployment billing is gone. Change it instead of deleting it.");
  const literal = (c.env ?? []).find((e: any) => typeof e.value === "string" && (e.value === NEW_PASSWORD || e.value === "changeme"));
  if (literal) return fail(`The Deployment still contains a password in plain text (variable ${literal.name}). Take it from the Secret instead.`);
  const pw = sourceOf(c, "DB_PASSWORD");
  if (pw !== "secret:billing-db/password") {
    return fail(pw === undefined ? "The container has no DB_PASSWORD variable any more." : `DB_PASSWORD comes from ${pw}; it must come from the key password of the Secret billing-db.`);
  }
  const currency = sourceOf(c, "CURRENCY");
  if (currency !== "configmap:billing-config/CURRENCY") {
    return fail(currency === undefined ? "The container has no CURRENCY variable any more." : `CURRENCY comes from ${currency}; it must come from the ConfigMap billing-config.`);
  }
  return pass("CURRENCY comes from billing-config, DB_PASSWORD from the Secret billing-db.");
});

const rolledOut = customCheck("rolled-out", "2 billing Pods are Ready with the new template", (cluster) => {
  const pods = billingPods(cluster);
  const stuck = pods.find((p) => ((p.status as any)?.containerStatuses ?? []).some((s: any) => s.state?.waiting?.reason === "CreateContainerConfigError"));
  if (stuck) {
    const why = (stuck.status as any).containerStatuses.find((s: any) => s.state?.waiting?.reason === "CreateContainerConfigError").state.waiting.message;
    return fail(`${stuck.metadata.name} is in CreateContainerConfigError: ${why}.`);
  }
  const env = JSON.stringify(container(cluster)?.env ?? []);
  const current = pods.filter((p) => JSON.stringify((p.spec as any)?.containers?.[0]?.env ?? []) === env);
  const ready = current.filter(isPodReady);
  if (ready.length < 2) return fail(`${ready.length} of 2 Pods running the current template are Ready. Let the rollout finish.`);
  if (pods.length > current.length) return fail(`${pods.length - current.length} Pod(s) still run the old template.`);
  return pass("2 Pods run the new template and are Ready.");
});

const wiredDeployment = (password: string, currency = "configMapKeyRef:\n                  name: billing-config\n                  key: CURRENCY") =>
  BILLING_DEPLOYMENT.replace(
    /          env:\n[\s\S]*$/,
    `          env:
            - name: CURRENCY
              valueFrom:
                ${currency}
            - name: DB_PASSWORD
${password}`,
  );
const FROM_SECRET = (name: string) => `              valueFrom:
                secretKeyRef:
                  name: ${name}
                  key: password
`;

const createBoth = (password = NEW_PASSWORD): Action[] => [
  { at: 3_000, kind: "kubectl", payload: { line: "kubectl create configmap billing-config --from-literal=CURRENCY=EUR" } },
  { at: 6_000, kind: "kubectl", payload: { line: `kubectl create secret generic billing-db --from-literal=password=${password}` } },
];

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [config, secret, wired, rolledOut],
  reference: [
    ...createBoth(),
    { at: 10_000, kind: "apply", payload: { yaml: wiredDeployment(FROM_SECRET("billing-db")) } },
    { at: 70_000, kind: "wait" },
  ] satisfies Action[],
  wrong: [
    {
      name: "leaves the password in the Deployment",
      actions: [...createBoth(), { at: 10_000, kind: "apply", payload: { yaml: wiredDeployment(`              value: ${NEW_PASSWORD}\n`) } }, { at: 70_000, kind: "wait" }],
      fails: "wired",
      message: "plain text",
    },
    {
      name: "a typo in the Secret's name",
      actions: [...createBoth(), { at: 10_000, kind: "apply", payload: { yaml: wiredDeployment(FROM_SECRET("billing-bd")) } }, { at: 70_000, kind: "wait" }],
      fails: "rolled-out",
      message: 'CreateContainerConfigError: secret "billing-bd" not found',
    },
    {
      name: "stores the old password",
      actions: [...createBoth("changeme"), { at: 10_000, kind: "apply", payload: { yaml: wiredDeployment(FROM_SECRET("billing-db")) } }, { at: 70_000, kind: "wait" }],
      fails: "secret",
      message: 'decodes to "changeme"',
    },
    {
      name: "creates the objects but never changes the Deployment",
      actions: [...createBoth(), { at: 70_000, kind: "wait" }],
      fails: "wired",
      message: "plain text",
    },
  ],
};
