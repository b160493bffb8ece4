// A worker thread that annotates off the extension host's main thread: large documents
// the editor holds, and every article of a workspace export (annotated and rendered,
// schema validation included). See annotationWorkerMessages.ts for the messages.
import { parentPort, workerData } from 'node:worker_threads';
import type { Annotator } from '../core/annotator';
import { toJson, toJsonLine } from '../core/export/toJson';
import { compactDocumentBuffers } from '../core/model/compactDocument';
import type { ExportRequest, WorkerReply, WorkerRequest } from './annotationWorkerMessages';
import { createNodeAnnotator, loadResourceFiles } from './nodeAnnotator';

let annotator: Annotator | undefined;
const engine = () => (annotator ??= createNodeAnnotator(loadResourceFiles((workerData as { dataDir: string }).dataDir)));
const utf8 = new TextDecoder('utf-8', { fatal: true });

parentPort?.on('message', (message: WorkerRequest) => {
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    if (message.kind === 'export') {
      reply = exportArticle(message);
      if ('rendered' in reply) transfer = [reply.rendered.content.buffer as ArrayBuffer];
    } else {
      const compact = engine().annotateCompact(message.text, { uri: message.uri });
      reply = { id: message.id, compact };
      transfer = compactDocumentBuffers(compact);
    }
  } catch (error) {
    reply = { id: message.id, error: String((error as Error).stack ?? error) };
  }
  parentPort!.postMessage(reply, transfer);
});

function exportArticle(request: ExportRequest): WorkerReply {
  const { id, bytes, maxFileSize } = request;
  if (bytes.includes(0)) return { id, skipped: 'binary file (contains NUL bytes), not an article' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { id, skipped: 'not valid UTF-8 text' };
  }
  if (text.length > maxFileSize) return { id, skipped: `longer than newsAnnotator.maxFileSize (${maxFileSize} characters)` };
  const document = engine().annotate(text, { uri: request.uri, path: request.path });
  const content = new TextEncoder().encode(request.rendering === 'json' ? toJson(document) : toJsonLine(document));
  return { id, rendered: { content, entities: document.entities.length } };
}
