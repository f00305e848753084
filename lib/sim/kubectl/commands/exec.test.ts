import { describe, expect, it } from "vitest";
import { createCluster } from "../../index";

describe("kubectl exec: the command follows --", () => {
  const cluster = createCluster({ seed: 3, nodes: 2 });
  cluster.kubectl("run hello --image=nginx:1.27");
  cluster.advance(10);

  it("runs what follows --", () => {
    expect(cluster.kubectl("exec hello -- hostname")).toMatchObject({ stdout: "hello\n", exitCode: 0 });
  });

  it("refuses the removed `exec POD COMMAND` form, as kubectl does", () => {
    const out = cluster.kubectl("exec hello hostname");
    expect(out.exitCode).not.toBe(0);
    expect(out.stderr).toBe("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n");
  });

  it("still needs a pod and a command", () => {
    expect(cluster.kubectl("exec -- hostname").stderr).toBe("error: pod, type/name or --filename must be specified\n");
    expect(cluster.kubectl("exec hello").stderr).toBe("error: you must specify at least one command for the container\n");
    expect(cluster.kubectl("exec hello --").stderr).toBe("error: you must specify at least one command for the container\n");
  });
});
