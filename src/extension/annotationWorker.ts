import { Worker } from 'node:worker_threads';
import type { AnnotatedDocument } from '../core/model/annotatedDocument';
import { fromCompactDocument } from '../core/model/compactDocument';
import type { ExportRequest, RenderedExport, WorkerReply, WorkerRequest } from '../node/annotationWorkerMessages';

/** What the worker made of an article for an export: the text to write, or why it was skipped. */
export type ExportOutcome = { rendered: RenderedExport } | { skipped: string };

/**
 * The worker thread that annotates large documents and the articles of a workspace
 * export; started on first use.
 */
export class AnnotationWorker {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();

  constructor(
    private readonly script: string,
    private readonly dataDir: string,
  ) {}

  async annotate(text: string, uri: string): Promise<AnnotatedDocument> {
    const reply = await this.request({ id: this.nextId++, text, uri });
    if ('compact' in reply) return fromCompactDocument(reply.compact, text);
    throw new Error('error' in reply ? reply.error : 'annotation failed');
  }

  /** Decodes, annotates and renders one article of a workspace export. */
  async renderExport(request: Omit<ExportRequest, 'id' | 'kind'>): Promise<ExportOutcome> {
    const reply = await this.request({ ...request, id: this.nextId++, kind: 'export' });
    if ('rendered' in reply) return { rendered: reply.rendered };
    if ('skipped' in reply) return { skipped: reply.skipped };
    throw new Error('error' in reply ? reply.error : 'export failed');
  }

  private request(message: WorkerRequest): Promise<WorkerReply> {
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      worker.postMessage(message);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { dataDir: this.dataDir } });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiting?.resolve(reply);
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
