import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster";

function cluster() {
  const c = createCluster({ seed: 1 });
  c.kubectl("create deployment web --image=nginx");
  c.advance(30);
  return c;
}

describe("kubectl events", () => {
  it("lists the namespace's events oldest first, OBJECT as Kind/name", () => {
    const c = cluster();
    const r = c.kubectl("events");
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^LAST SEEN   TYPE     REASON +OBJECT +MESSAGE$/);
    expect(lines).toContainEqual(expect.stringMatching(/^30s +Normal +ScalingReplicaSet +Deployment\/web +Scaled up replica set web-\w+ from 0 to 1$/));
    expect(lines).toContainEqual(expect.stringMatching(/^29s +Normal +Started +Pod\/web-\w+-\w+ +Started container nginx$/));
    // Sorted by time: the containers' Created/Started (a second later) come last.
    expect(lines.at(-2)).toMatch(/Started container nginx$/);
    expect(lines.at(-3)).toMatch(/Created container: nginx$/);
  });

  it("--for TYPE/NAME, --types, -A and -n", () => {
    const c = cluster();
    expect(c.kubectl("events --for deployment/web").stdout).toMatch(/^LAST SEEN   TYPE     REASON              OBJECT           MESSAGE\n30s         Normal   ScalingReplicaSet   Deployment\/web   Scaled up replica set web-\w+ from 0 to 1\n$/);
    expect(c.kubectl("events --types=Warning")).toEqual({ stdout: "", stderr: "No events found in default namespace.\n", exitCode: 0 });
    expect(c.kubectl("events --types=normal --for deploy/web --no-headers").stdout).toMatch(/^30s +Normal +ScalingReplicaSet/);
    expect(c.kubectl("events -n kube-system --for pod/nope")).toEqual({ stdout: "", stderr: "No events found in kube-system namespace.\n", exitCode: 0 });
    const all = c.kubectl("events -A --for deployment/web").stdout;
    expect(all).toMatch(/^NAMESPACE   LAST SEEN   TYPE     REASON              OBJECT           MESSAGE\ndefault     30s         Normal   ScalingReplicaSet   Deployment\/web   /);
    c.kubectl("create namespace empty");
    expect(c.kubectl("events -A --types Warning").stderr).toBe("No events found.\n");
    expect(c.kubectl("events --for deployment/web -o name").stdout).toMatch(/^event\/web\.\w+\n$/);
    expect(c.kubectl("events --for deployment/web -o yaml").stdout).toMatch(/^apiVersion: v1\nitems:\n- apiVersion: v1\n/);
  });

  it("repeated events show the count and both ages", () => {
    const c = createCluster({ seed: 1 });
    c.kubectl("run bad --image=nginx:does-not-exist");
    c.advance(300);
    expect(c.kubectl("events --for pod/bad --types=Warning").stdout).toMatch(/\(x\d+ over \dm\d*s?\) +Warning/);
  });

  it("kubectl's errors", () => {
    const c = cluster();
    expect(c.kubectl("events --for web")).toEqual({ stdout: "", stderr: "error: --for must be in resource/name form\n", exitCode: 1 });
    expect(c.kubectl("events --for a/b/c").stderr).toBe("error: arguments in resource/name form may not have more than one slash\n");
    expect(c.kubectl("events --for foo/web").stderr).toBe('error: the server doesn\'t have a resource type "foo"\n');
    expect(c.kubectl("events --types=Error").stderr).toBe("error: valid --types are Normal or Warning\n");
    expect(c.kubectl("events -o wide").stderr).toBe('error: unable to match a printer suitable for the output format "wide", allowed formats are: json,name,yaml\n');
  });
});
