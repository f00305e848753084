// A controller's work queue, like client-go's workqueue: keys are deduplicated while waiting,
// served FIFO, and each remembers the trace entry that queued it (the reconcile's cause).

export interface WorkQueueState {
  keys: string[];
  causes: (number | null)[];
}

export class WorkQueue {
  private keys: string[] = [];
  private causes: (number | null)[] = [];
  private head = 0;
  private readonly waiting = new Set<string>();

  get length(): number {
    return this.keys.length - this.head;
  }

  add(key: string, cause?: number): void {
    if (this.waiting.has(key)) return;
    this.waiting.add(key);
    this.keys.push(key);
    this.causes.push(cause ?? null);
  }

  pop(): { key: string; cause?: number } | undefined {
    if (this.head >= this.keys.length) return undefined;
    const key = this.keys[this.head]!;
    const cause = this.causes[this.head];
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.keys.length) {
      this.keys = this.keys.slice(this.head);
      this.causes = this.causes.slice(this.head);
      this.head = 0;
    }
    this.waiting.delete(key);
    return cause === null || cause === undefined ? { key } : { key, cause };
  }

  clear(): void {
    this.keys = [];
    this.causes = [];
    this.head = 0;
    this.waiting.clear();
  }

  save(): WorkQueueState {
    return { keys: this.keys.slice(this.head), causes: this.causes.slice(this.head) };
  }

  static load(state: WorkQueueState): WorkQueue {
    const q = new WorkQueue();
    state.keys.forEach((k, i) => q.add(k, state.causes[i] ?? undefined));
    return q;
  }
}
