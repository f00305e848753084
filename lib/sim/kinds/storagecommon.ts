// Cells shared by PV and PVC printers (printers.go#printPersistentVolume(Claim)).
/* eslint-disable @typescript-eslint/no-explicit-any */
const SHORT: Record<string, string> = {
  ReadWriteOnce: "RWO", ReadOnlyMany: "ROX", ReadWriteMany: "RWX", ReadWriteOncePod: "RWOP",
};
/** GetAccessModesAsString: RWO,ROX,RWX,RWOP in that fixed order, de-duplicated. */
export function accessModesCell(modes: readonly string[] | undefined): string {
  const set = new Set(modes ?? []);
  return ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"].filter((m) => set.has(m)).map((m) => SHORT[m]).join(",");
}
export const vacCell = (name: string | undefined) => name || "<unset>";
export const none = (s: unknown) => (s ? String(s) : "<none>");
/** Volume mode defaults to Filesystem. */
export const volumeModeCell = (spec: any) => spec?.volumeMode ?? "Filesystem";
