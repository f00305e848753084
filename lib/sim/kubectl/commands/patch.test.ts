// kubectl patch through a real cluster: texts from kubectl pkg/cmd/patch/patch.go (Validate,
// patchOperation, "no objects passed to patch") and the API server's patch handler
// (apiserver endpoints/handlers/patch.go: decode errors are BadRequest, a failing JSON patch
// operation is a bare 422 that kubectl prints as "The request is invalid").
import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";

const deploy = () => new TestCluster().kubectl("create deployment web --image=nginx:1.27 --replicas=2").settle();
const spec = (t: TestCluster) => t.cluster.internals.lister.get("deployments", "default", "web")!.spec;

describe("kubectl patch", () => {
  it("strategic (default): merges containers by name, keeps the others; a repeat is 'patched (no change)'", () => {
    const t = deploy();
    t.kubectl(`patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox:1.36"}]}}}}'`);
    expect(t.last).toEqual({ stdout: "deployment.apps/web patched\n", stderr: "", exitCode: 0 });
    expect(spec(t).template.spec.containers.map((c: { name: string; image: string }) => `${c.name}=${c.image}`)).toEqual(["nginx=nginx:1.27", "sidecar=busybox:1.36"]);
    t.kubectl(`patch deploy web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.28"}]}}}}'`);
    expect(spec(t).template.spec.containers.map((c: { image: string }) => c.image)).toEqual(["nginx:1.28", "busybox:1.36"]);
    t.kubectl(`patch deploy/web -p '{"spec":{"replicas":2}}'`);
    expect(t.last.stdout).toBe("deployment.apps/web patched (no change)\n");
    t.kubectl(`patch deploy web -p '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","$patch":"delete"}]}}}}'`);
    expect(spec(t).template.spec.containers).toHaveLength(1);
  });

  it("--type merge replaces lists whole; YAML patches are accepted", () => {
    const t = deploy();
    t.kubectl(`patch deployment web --type merge -p '{"spec":{"template":{"spec":{"containers":[{"name":"app","image":"httpd:2.4"}]}}}}'`);
    expect(t.last.stdout).toBe("deployment.apps/web patched\n");
    expect(spec(t).template.spec.containers.map((c: { name: string }) => c.name)).toEqual(["app"]);
    t.kubectl("patch deployment web --type=merge -p 'spec: {replicas: 4}'");
    expect(spec(t).replicas).toBe(4);
    t.kubectl(`patch deploy web --type merge -p '{"metadata":{"labels":{"tier":"web"}}}' -o name`);
    expect(t.last.stdout).toBe("deployment.apps/web\n");
  });

  it("--type json: add/replace/remove by pointer; a failing operation is 'The request is invalid'", () => {
    const t = deploy();
    t.kubectl(`patch deployment web --type=json -p='[{"op":"replace","path":"/spec/replicas","value":3},{"op":"add","path":"/metadata/labels/tier","value":"web"}]'`);
    expect(t.last.stdout).toBe("deployment.apps/web patched\n");
    expect(spec(t).replicas).toBe(3);
    t.kubectl(`patch deployment web --type=json -p='[{"op":"replace","path":"/spec/template/spec/containers/0/image","value":"nginx:1.28"}]'`);
    expect(spec(t).template.spec.containers[0].image).toBe("nginx:1.28");
    t.kubectl(`patch deployment web --type=json -p='[{"op":"remove","path":"/spec/nosuch"}]'`, undefined, 1);
    expect(t.last).toEqual({ stdout: "", stderr: "The request is invalid\n", exitCode: 1 });
    t.kubectl(`patch deployment web --type=json -p='{"spec":{}}'`, undefined, 1);
    expect(t.last.stderr).toBe("Error from server (BadRequest): error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp\n");
  });

  it("patches a node (cordon by hand) and a pod's labels", () => {
    const t = deploy();
    t.kubectl(`patch node kind-worker -p '{"spec":{"unschedulable":true}}'`);
    expect(t.last.stdout).toBe("node/kind-worker patched\n");
    expect(t.cluster.internals.lister.get("nodes", undefined, "kind-worker")!.spec.unschedulable).toBe(true);
  });

  it("usage errors and server errors as kubectl prints them", () => {
    const t = deploy();
    t.kubectl("patch deployment web", undefined, 1);
    expect(t.last.stderr).toBe("error: must specify --patch or --patch-file containing the contents of the patch\n");
    t.kubectl(`patch deployment web -p '{}' --type=bogus`, undefined, 1);
    expect(t.last.stderr).toBe('error: --type must be one of [json merge strategic], not "bogus"\n');
    t.kubectl(`patch -p '{}'`, undefined, 1);
    expect(t.last.stderr).toBe("error: you must provide one or more resources by argument or filename (.json|.yaml|.yml)\n");
    t.kubectl(`patch deployment nope -p '{"spec":{"replicas":1}}'`, undefined, 1);
    expect(t.last.stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    t.kubectl(`patch deployment web --type merge -p '[1]'`, undefined, 1);
    expect(t.last.stderr).toBe("Error from server (BadRequest): error decoding patch: json: cannot unmarshal array into Go value of type map[string]interface {}\n");
    t.kubectl(`patch deployment web -p '[1]'`, undefined, 1);
    expect(t.last.stderr).toBe("Error from server (BadRequest): json: cannot unmarshal array into Go value of type map[string]interface {}\n");
    t.kubectl(`patch deployment web -p '{"spec":{"replicas":-1}}'`, undefined, 1);
    expect(t.last.stderr).toBe("The Deployment \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n");
    t.kubectl(`patch deployment web -p '{"spec":{"replicas":5}}' --dry-run=server`);
    expect(t.last.stdout).toBe("deployment.apps/web patched (server dry run)\n");
    expect(spec(t).replicas).toBe(2);
  });
});
