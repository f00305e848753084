import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster";
import { parseToLabelSelector } from "./set-selector";

function cluster() {
  const c = createCluster({ seed: 1 });
  c.kubectl("create service clusterip web --tcp=80");
  c.kubectl("create deployment web --image=nginx");
  return c;
}
const selectorOf = (c: ReturnType<typeof cluster>) => JSON.parse(c.kubectl("get svc web -o json").stdout).spec.selector;

describe("kubectl set selector", () => {
  it("replaces a Service's selector (reported even when unchanged)", () => {
    const c = cluster();
    expect(c.kubectl("set selector svc/web app=web,tier=front")).toEqual({ stdout: "service/web selector updated\n", stderr: "", exitCode: 0 });
    expect(selectorOf(c)).toEqual({ app: "web", tier: "front" });
    expect(c.kubectl("set selector service web 'app=web, tier=front'").stdout).toBe("service/web selector updated\n");
    expect(c.kubectl("set selector svc web version=v2 --dry-run=client").stdout).toBe("service/web selector updated (dry run)\n");
    expect(c.kubectl("set selector svc web version=v2 --dry-run=client -o yaml").stdout).toContain("  selector:\n    version: v2\n");
    expect(selectorOf(c)).toEqual({ app: "web", tier: "front" });
    expect(c.kubectl("set selector svc web ''").stdout).toBe("service/web selector updated\n");
    expect(selectorOf(c)).toBeUndefined();
  });

  it("kubectl's errors", () => {
    const c = cluster();
    expect(c.kubectl("set selector")).toEqual({ stdout: "", stderr: "error: one selector is required\n", exitCode: 1 });
    expect(c.kubectl("set selector app=web").stderr).toBe("error: you must provide one or more resources by argument or filename (.json|.yaml|.yml)\n");
    expect(c.kubectl("set selector deploy/web app=web").stderr).toBe("error: setting a selector is only supported for Services\n");
    expect(c.kubectl("set selector svc/web 'tier in (a,b),app'").stderr).toBe("error: match expression [{app Exists []} {tier In [a b]}] not supported on this object\n");
    expect(c.kubectl("set selector svc/web app!=web").stderr).toBe('error: "!=" is not a valid label selector operator\n');
    expect(c.kubectl("set selector svc/web 'n>1'").stderr).toBe('error: "gt" isn\'t supported in label selectors\n');
    expect(c.kubectl("set selector svc/nope app=web")).toEqual({ stdout: "", stderr: 'Error from server (NotFound): services "nope" not found\n', exitCode: 1 });
    expect(c.kubectl("set selector svc/web a=b=c").stderr).toMatch(/^error: couldn't parse the selector string "a=b=c": /);
  });

  it("ParseToLabelSelector", () => {
    expect(parseToLabelSelector("a=1,b==2,!c")).toEqual({ matchLabels: { a: "1", b: "2" }, expressions: ["{c DoesNotExist []}"] });
  });
});
