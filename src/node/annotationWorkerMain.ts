// A worker thread that annotates large documents off the extension host's main thread.
// Messages in: { id, text, uri }; out: { id, document } or { id, error }.
import { parentPort, workerData } from 'node:worker_threads';
import type { Annotator } from '../core/annotator';
import { createNodeAnnotator, loadResourceFiles } from './nodeAnnotator';

let annotator: Annotator | undefined;

parentPort?.on('message', (message: { id: number; text: string; uri: string }) => {
  try {
    annotator ??= createNodeAnnotator(loadResourceFiles((workerData as { dataDir: string }).dataDir));
    parentPort!.postMessage({ id: message.id, document: annotator.annotate(message.text, { uri: message.uri }) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: String((error as Error).stack ?? error) });
  }
});
