import { describe, expect, it } from "vitest";
import { runKubectl } from "./run";
import { fakeApi } from "./testapi";
import { serviceKind } from "../kinds/service";
import { endpointsKind } from "../kinds/endpoints";
import { podKind } from "../kinds/pod";
import type { KubectlContext } from "./context";

const kinds = [podKind, serviceKind, endpointsKind];
function setup() {
  const api = fakeApi(kinds);
  const ctx: KubectlContext = { api, kinds, now: () => 45_000 };
  return { api, k: (line: string, stdin?: string) => runKubectl(ctx, line, stdin) };
}

const svcYaml = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
`;

describe("runKubectl", () => {
  it("empty lists go to stderr with the namespace", () => {
    const { k } = setup();
    expect(k("kubectl get pods")).toEqual({ stdout: "", stderr: "No resources found in default namespace.\n", exitCode: 0 });
    expect(k("get pods -A").stderr).toBe("No resources found\n");
    expect(k("get po -n test").stderr).toBe("No resources found in test namespace.\n");
  });

  it("NotFound, unknown resource, unknown command, unknown flag", () => {
    const { k } = setup();
    expect(k("kubectl get pod x")).toEqual({ stdout: "", stderr: 'Error from server (NotFound): pods "x" not found\n', exitCode: 1 });
    expect(k("get foo").stderr).toBe('error: the server doesn\'t have a resource type "foo"\n');
    expect(k("frobnicate").stderr).toBe('error: unknown command "frobnicate" for "kubectl"\nRun \'kubectl --help\' for usage.\n');
    expect(k("get pods --bogus").stderr).toBe("error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n");
  });

  it("apply creates, then is unchanged, then configured; get prints the table", () => {
    const { k, api } = setup();
    expect(k("apply -f -", svcYaml)).toEqual({ stdout: "service/web created\n", stderr: "", exitCode: 0 });
    expect(k("apply -f -", svcYaml).stdout).toBe("service/web unchanged\n");
    expect(k("apply -f -", svcYaml.replace("port: 80", "port: 8080")).stdout).toBe("service/web configured\n");
    const svc = api.get("services", "default", "web");
    expect(svc.spec.ports[0].port).toBe(8080);
    expect(svc.spec.type).toBe("ClusterIP");
    api.patch("services", "default", "web", { spec: { clusterIPs: ["10.96.0.20"] } });
    expect(k("get svc").stdout).toBe(
      "NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)    AGE\n" +
      "web    ClusterIP   10.96.0.20   <none>        8080/TCP   45s\n",
    );
    expect(k("get svc -o wide --no-headers").stdout).toBe("web   ClusterIP   10.96.0.20   <none>   8080/TCP   45s   app=web\n");
    expect(k("get services -A").stdout.startsWith("NAMESPACE   NAME   TYPE")).toBe(true);
    expect(k("get svc/web -o name").stdout).toBe("service/web\n");
    expect(k("get svc web -o yaml").stdout).toContain("apiVersion: v1\nkind: Service\nmetadata:\n");
    expect(k("get svc web -o yaml").stdout).toContain("  ports:\n  - port: 8080\n");
  });

  it("delete prints kubectl 1.34's namespace suffix", () => {
    const { k } = setup();
    k("create -f -", svcYaml);
    expect(k("create -f -", svcYaml).stderr).toBe('Error from server (AlreadyExists): error when creating "STDIN": services "web" already exists\n');
    expect(k("delete svc web")).toEqual({ stdout: 'service "web" deleted from default namespace\n', stderr: "", exitCode: 0 });
    expect(k("delete svc web").stderr).toBe('Error from server (NotFound): services "web" not found\n');
  });

  it("rejects bad manifests with kubectl's errors, never throws", () => {
    const { k } = setup();
    expect(k("apply -f -", "metadata:\n  name: x\n").stderr).toBe(
      'error: error validating "STDIN": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
    expect(k("apply -f -", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\n").stderr).toContain('no matches for kind "Foo" in version "v1"');
    const bomb = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n";
    const r = k("apply -f -", bomb);
    expect(r.exitCode).toBe(1);
    expect(r.stderr.startsWith("error: error parsing STDIN")).toBe(true);
    expect(k("apply -f -", "x".repeat(4 * 1024 * 1024)).exitCode).toBe(1);
    expect(k("get pods -l 'a in (b'").exitCode).toBe(1);
  });
});
