// Root and per-command help, `kubectl help`, and global flags before the command.
import { describe, expect, it } from "vitest";
import { TestCluster } from "../testing";

describe("kubectl help and global flags", () => {
  it("bare kubectl / --help / help print the grouped command list", () => {
    const t = new TestCluster();
    for (const line of ["", "--help", "help", "kubectl -h"]) {
      t.kubectl(line);
      expect(t.last.stdout).toMatch(/^kubectl controls the Kubernetes cluster manager\.\n/);
      expect(t.last.stdout).toContain("Basic Commands (Beginner):\n  create   Create a resource from a file or from stdin\n");
      expect(t.last.stdout).toContain("Deploy Commands:\n  rollout     Manage the rollout of a resource\n");
      expect(t.last.stdout).toMatch(/\nUse "kubectl options" for a list of global command-line options \(applies to all commands\)\.\n$/);
    }
  });

  it("<command> --help / -h / help <command> describe the command without running it", () => {
    const t = new TestCluster();
    t.kubectl("patch --help");
    expect(t.last.stdout).toBe("Update fields of a resource.\n\nUsage:\n  kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]\n\nAll flags and examples: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_patch/\n\nUse \"kubectl options\" for a list of global command-line options (applies to all commands).\n");
    t.kubectl("delete pod x -h");
    expect(t.last.stdout).toMatch(/^Delete resources by file names, stdin, resources and names, or by resources and label selector\.\n/);
    t.kubectl("help get");
    expect(t.last.stdout).toMatch(/^Display one or many resources\.\n/);
    t.kubectl("help nope");
    expect(t.last.stderr).toBe("Unknown help topic [`nope`]\n");
  });

  it("-n / --namespace before the command apply to it", () => {
    const t = new TestCluster().kubectl("create namespace dev").kubectl("-n dev create deployment web --image=nginx:1.27");
    expect(t.cluster.internals.lister.get("deployments", "dev", "web")).toBeDefined();
    t.kubectl("--namespace=dev get deploy -o name");
    expect(t.last.stdout).toBe("deployment.apps/web\n");
    t.kubectl("-ndev get deploy -o name");
    expect(t.last.stdout).toBe("deployment.apps/web\n");
  });
});
