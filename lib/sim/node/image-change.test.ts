import { describe, expect, it } from "vitest";
import { createCluster } from "../index";

const pod = (image: string, initImage = "busybox:1.36") => `apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  initContainers:
    - name: setup
      image: ${initImage}
      command: ["sh", "-c", "sleep 2"]
  containers:
    - name: web
      image: ${image}
`;

const status = (c: ReturnType<typeof createCluster>) => JSON.parse(c.kubectl("kubectl get pod shop -o json").stdout).status;
const events = (c: ReturnType<typeof createCluster>) =>
  JSON.parse(c.kubectl("kubectl get events -o json").stdout).items.map((e: { reason: string; message: string }) => `${e.reason}: ${e.message}`);

describe("kubelet: a container's image changed in place (kubectl set image pod/…)", () => {
  it("kills the running container and starts it again with the new image; RESTARTS counts it", () => {
    const c = createCluster({ seed: 5, nodes: 2 });
    c.kubectl("kubectl apply -f -", pod("nginx:1.26"));
    c.advance(20);
    expect(c.kubectl("kubectl set image pod/shop web=nginx:1.27").stdout).toBe("pod/shop image updated\n");
    c.advance(10);
    const web = status(c).containerStatuses[0];
    expect(web.image).toBe("docker.io/library/nginx:1.27");
    expect(web.state.running).toBeDefined();
    expect(web.restartCount).toBe(1);
    expect(web.lastState.terminated).toMatchObject({ exitCode: 0, reason: "Completed" });
    expect(events(c)).toEqual(expect.arrayContaining([
      "Killing: Container web definition changed, will be restarted",
      'Pulling: Pulling image "nginx:1.27"',
    ]));
    // The completed init container is not run again.
    expect(status(c).initContainerStatuses[0].restartCount).toBe(0);
    expect(c.kubectl("kubectl get pods").stdout).toMatch(/shop\s+1\/1\s+Running\s+1 \(\d+s ago\)/);
  });

  it("an init container stuck on a mistyped image pulls the corrected one at once", () => {
    const c = createCluster({ seed: 5, nodes: 2 });
    c.kubectl("kubectl apply -f -", pod("nginx:1.27", "busybox:1.366"));
    c.advance(30);
    expect(c.kubectl("kubectl get pods").stdout).toMatch(/Init:ImagePullBackOff/);
    const uid = JSON.parse(c.kubectl("kubectl get pod shop -o json").stdout).metadata.uid;
    c.kubectl("kubectl set image pod/shop setup=busybox:1.36");
    c.advance(5); // pulled (~0.3 s) and ran (2 s) without waiting out the old back-off
    expect(status(c).initContainerStatuses[0].state.terminated).toMatchObject({ exitCode: 0, reason: "Completed" });
    c.advance(5);
    expect(c.kubectl("kubectl get pods").stdout).toMatch(/shop\s+1\/1\s+Running\s+0\s/);
    expect(JSON.parse(c.kubectl("kubectl get pod shop -o json").stdout).metadata.uid).toBe(uid);
  });
});
