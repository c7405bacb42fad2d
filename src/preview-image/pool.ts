/**
 * Worker threads that render preview cards (src/preview-image/worker.ts), one per
 * core. Jobs queue in order; an idle pool does not keep the process alive, so a build or
 * `astro dev` exits as usual. One pool per process, shared through `globalThis` because
 * Astro loads the pages' modules and the integrations' modules as separate copies.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PreviewJob, PreviewResult, PreviewWorkerData } from './worker';

interface Pending {
  resolve: (result: { png: Buffer; ms: number }) => void;
  reject: (error: Error) => void;
}

export class PreviewImagePool {
  #workers: Worker[] = [];
  #idle: Worker[] = [];
  #queue: { job: PreviewJob; pending: Pending }[] = [];
  /** The job each busy worker holds (one at a time). */
  #busy = new Map<Worker, Pending>();
  #nextId = 0;

  constructor(
    readonly setup: PreviewWorkerData,
    readonly size = Math.max(1, availableParallelism()),
  ) {}

  /** Renders a satori layout to PNG on a worker; resolves with the PNG and the worker's milliseconds. */
  render(layout: unknown): Promise<{ png: Buffer; ms: number }> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ job: { id: this.#nextId++, layout }, pending: { resolve, reject } });
      this.#dispatch();
    });
  }

  #dispatch() {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? this.#spawn();
      if (!worker) return;
      const { job, pending } = this.#queue.shift()!;
      this.#busy.set(worker, pending);
      worker.ref();
      worker.postMessage(job);
    }
  }

  #spawn(): Worker | undefined {
    if (this.#workers.length >= this.size) return undefined;
    // The source file itself, run by Node: the pages are bundled, the worker is not.
    const worker = new Worker(join(process.cwd(), 'src/preview-image/worker.ts'), {
      workerData: this.setup,
    });
    worker.on('message', (result: PreviewResult) => {
      const pending = this.#busy.get(worker);
      this.#busy.delete(worker);
      if ('error' in result) pending?.reject(new Error(`Preview image worker: ${result.error}`));
      else pending?.resolve({ png: Buffer.from(result.png), ms: result.ms });
      this.#idle.push(worker);
      if (this.#queue.length === 0) worker.unref();
      this.#dispatch();
    });
    // A worker that fails or exits fails the job it held; the pool starts a new one for the rest.
    const lost = (error: Error) => {
      if (!this.#workers.includes(worker)) return;
      this.#busy.get(worker)?.reject(error);
      this.#busy.delete(worker);
      this.#workers = this.#workers.filter((w) => w !== worker);
      this.#idle = this.#idle.filter((w) => w !== worker);
      this.#dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`Preview image worker exited with code ${code}`)));
    this.#workers.push(worker);
    return worker;
  }
}

const key = Symbol.for('ai-error-guide.preview-image-pool');

/** The process's pool, started on first use. */
export function previewImagePool(setup: PreviewWorkerData): PreviewImagePool {
  const store = globalThis as unknown as Record<symbol, PreviewImagePool | undefined>;
  return (store[key] ??= new PreviewImagePool(setup));
}
