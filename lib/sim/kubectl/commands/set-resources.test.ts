import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster";
import { globMatch, parseResourceList } from "./set-resources";

function cluster() {
  const c = createCluster({ seed: 1 });
  c.kubectl("create deployment web --image=nginx --replicas=2");
  return c;
}
const containers = (c: ReturnType<typeof cluster>) => JSON.parse(c.kubectl("get deploy web -o json").stdout).spec.template.spec.containers;

describe("kubectl set resources", () => {
  it("sets limits and requests on every container, in canonical quantities", () => {
    const c = cluster();
    expect(c.kubectl("set resources deployment/web --limits=cpu=200m,memory=512Mi --requests=cpu=0.1,memory=256Mi")).toEqual({ stdout: "deployment.apps/web resource requirements updated\n", stderr: "", exitCode: 0 });
    expect(containers(c)[0].resources).toEqual({ limits: { cpu: "200m", memory: "512Mi" }, requests: { cpu: "100m", memory: "256Mi" } });
    // Only the given keys change; the same values again is no change, so nothing is printed.
    expect(c.kubectl("set resources deploy web --limits=cpu=1").stdout).toBe("deployment.apps/web resource requirements updated\n");
    expect(containers(c)[0].resources).toEqual({ limits: { cpu: "1", memory: "512Mi" }, requests: { cpu: "100m", memory: "256Mi" } });
    expect(c.kubectl("set resources deploy web --limits=cpu=1000m")).toEqual({ stdout: "", stderr: "", exitCode: 0 });
    // The new template rolls out: the pods get the requests.
    c.advance(120);
    const pods = JSON.parse(c.kubectl("get pods -o json").stdout).items;
    expect(pods).toHaveLength(2);
    for (const p of pods) expect(p.spec.containers[0].resources.requests).toEqual({ cpu: "100m", memory: "256Mi" });
  });

  it("-c picks containers by name or glob; a name that matches none is an error", () => {
    const c = cluster();
    expect(c.kubectl("set resources deploy/web -c=ngin* --requests=cpu=50m").stdout).toBe("deployment.apps/web resource requirements updated\n");
    expect(containers(c)[0].resources).toEqual({ requests: { cpu: "50m" } });
    expect(c.kubectl("set resources deploy/web -c sidecar --limits=cpu=1")).toEqual({ stdout: "", stderr: "error: unable to find container named sidecar\n", exitCode: 1 });
  });

  it("dry runs print without writing", () => {
    const c = cluster();
    expect(c.kubectl("set resources deploy/web --limits=memory=1Gi --dry-run=client").stdout).toBe("deployment.apps/web resource requirements updated (dry run)\n");
    expect(c.kubectl("set resources deploy/web --limits=memory=1Gi --dry-run=server").stdout).toBe("deployment.apps/web resource requirements updated (server dry run)\n");
    expect(c.kubectl("set resources deploy/web --limits=memory=1Gi --dry-run=client -o name").stdout).toBe("deployment.apps/web\n");
    expect(c.kubectl("set resources deploy/web --limits=memory=1Gi --dry-run=client -o yaml").stdout).toContain("        resources:\n          limits:\n            memory: 1Gi\n");
    expect(containers(c)[0].resources).toEqual({});
  });

  it("kubectl's errors", () => {
    const c = cluster();
    expect(c.kubectl("set resources deploy/web")).toEqual({ stdout: "", stderr: "error: you must specify an update to requests or limits (in the form of --requests/--limits)\n", exitCode: 1 });
    expect(c.kubectl("set resources --limits=cpu=1").stderr).toBe("error: you must provide one or more resources by argument or filename (.json|.yaml|.yml)\n");
    expect(c.kubectl("set resources deploy/web --limits=cpu").stderr).toBe("error: Invalid argument syntax cpu, expected <resource>=<value>\n");
    expect(c.kubectl("set resources deploy/web --limits=cpu=lots").stderr).toBe("error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'\n");
    expect(c.kubectl("set resources deploy/nope --limits=cpu=1")).toEqual({ stdout: "", stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n', exitCode: 1 });
    expect(c.kubectl("set resources svc/kubernetes --limits=cpu=1").stderr).toBe("error: service/kubernetes the object is not a pod or does not have a pod template: *v1.Service\n");
    expect(c.kubectl("set image deploy/web --limits=cpu=1 web=nginx:2").stderr).toBe("error: unknown flag: --limits\nSee 'kubectl set image --help' for usage.\n");
  });

  it("parses resource lists and globs like upstream", () => {
    expect(parseResourceList("")).toEqual({});
    expect(parseResourceList("cpu=1,memory=1024Mi")).toEqual({ cpu: "1", memory: "1Gi" });
    expect(parseResourceList("cpu=1=2")).toBe("Invalid argument syntax cpu=1=2, expected <resource>=<value>");
    expect(globMatch("*", "web")).toBe(true);
    expect(globMatch("w?b", "web")).toBe(true);
    expect(globMatch("w.b", "web")).toBe(false);
  });
});
