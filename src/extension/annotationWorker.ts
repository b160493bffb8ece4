import { Worker } from 'node:worker_threads';
import type { AnnotatedDocument } from '../core/model/annotatedDocument';

/** The worker thread that annotates large documents; started on first use. */
export class AnnotationWorker {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (document: AnnotatedDocument) => void; reject: (error: Error) => void }>();

  constructor(
    private readonly script: string,
    private readonly dataDir: string,
  ) {}

  annotate(text: string, uri: string): Promise<AnnotatedDocument> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, uri });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { dataDir: this.dataDir } });
    worker.unref();
    worker.on('message', (message: { id: number; document?: AnnotatedDocument; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!waiting) return;
      if (message.document) waiting.resolve(message.document);
      else waiting.reject(new Error(message.error ?? 'annotation failed'));
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => {
      this.worker = undefined;
      this.failAll(new Error('the annotation worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
