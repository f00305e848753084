import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster";
import { controllerRevisionName, createControllerRevision, ensureUpdateRevision, listRevisions, newControllerRevision, nextRevision, sortRevisions, truncateHistory } from "./history";
import { SAFE_ALPHABET } from "../../util/hash";

function setup() {
  const cluster = createCluster();
  const ctx = cluster.internals.context("history-test");
  const parent = ctx.api.create({
    apiVersion: "apps/v1", kind: "StatefulSet", metadata: { name: "web" },
    spec: { selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "c", image: "nginx:1.27" }] } } },
  });
  return { cluster, ctx, parent };
}
const data = (image: string) => ({ spec: { template: { spec: { containers: [{ name: "c", image }] }, $patch: "replace" } } });

describe("controller history", () => {
  it("names revisions <parent>-<hash>, labels them and points them at the parent", () => {
    const { parent } = setup();
    const cr = newControllerRevision(parent, { app: "web" }, data("a"), 1);
    expect(cr.metadata!.name).toMatch(new RegExp(`^web-[${SAFE_ALPHABET}]+$`));
    expect(cr.metadata!.labels).toEqual({ app: "web", "controller-revision-hash": cr.metadata!.name!.slice(4) });
    expect(cr.metadata!.ownerReferences).toEqual([{ apiVersion: "apps/v1", kind: "StatefulSet", name: "web", uid: parent.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(newControllerRevision(parent, {}, data("a"), 1).metadata!.name).toBe(cr.metadata!.name);
    expect(newControllerRevision(parent, {}, data("b"), 1).metadata!.name).not.toBe(cr.metadata!.name);
    expect(newControllerRevision(parent, {}, data("a"), 1, 1).metadata!.name).not.toBe(cr.metadata!.name);
    expect(controllerRevisionName("x".repeat(300), "h")).toBe(`${"x".repeat(223)}-h`);
  });

  it("bumps the collision count when the name is taken by different data", () => {
    const { ctx, parent } = setup();
    const squatter = newControllerRevision(parent, {}, data("a"), 1, 0);
    ctx.api.create({ ...squatter, data: { other: true } });
    const made = createControllerRevision(ctx, parent, {}, data("a"), 1, 0);
    expect(made.collisionCount).toBe(1);
    expect(made.revision.metadata.name).not.toBe(squatter.metadata!.name);
    // Equal data under the same name is reused, not duplicated.
    const again = createControllerRevision(ctx, parent, {}, data("a"), 1, 1);
    expect(again.revision.metadata.uid).toBe(made.revision.metadata.uid);
  });

  it("reuses the latest equal revision, renumbers an older one, or creates the next", () => {
    const { ctx, parent } = setup();
    const r1 = ensureUpdateRevision(ctx, parent, {}, data("a"), [], 0).update;
    expect(r1.revision).toBe(1);
    expect(ensureUpdateRevision(ctx, parent, {}, data("a"), listRevisions(ctx, parent), 0).update.metadata.uid).toBe(r1.metadata.uid);
    const r2 = ensureUpdateRevision(ctx, parent, {}, data("b"), listRevisions(ctx, parent), 0).update;
    expect(r2.revision).toBe(2);
    const back = ensureUpdateRevision(ctx, parent, {}, data("a"), listRevisions(ctx, parent), 0).update;
    expect(back.metadata.name).toBe(r1.metadata.name);
    expect(back.revision).toBe(3);
    expect(nextRevision(listRevisions(ctx, parent))).toBe(4);
  });

  it("truncates the oldest non-live revisions beyond the limit", () => {
    const { ctx, parent } = setup();
    for (const image of ["a", "b", "c", "d"]) ensureUpdateRevision(ctx, parent, {}, data(image), listRevisions(ctx, parent), 0);
    const all = listRevisions(ctx, parent);
    expect(all.map((r) => r.revision)).toEqual([1, 2, 3, 4]);
    truncateHistory(ctx, all, new Set([all[3]!.metadata.name, all[0]!.metadata.name]), 1);
    expect(listRevisions(ctx, parent).map((r) => r.revision)).toEqual([1, 3, 4]);
    expect(sortRevisions([...all].reverse()).map((r) => r.revision)).toEqual([1, 2, 3, 4]);
  });
});
