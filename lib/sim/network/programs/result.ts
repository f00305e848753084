// What a program run in the simulator (inside a container via kubectl exec, or on the learner's
// laptop) leaves behind: its two streams and its exit status.
export interface ProgramResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}
