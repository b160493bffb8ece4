import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotator } from '../core/annotator';
import { parseEngineResources, RESOURCE_FILES, type RawResources } from '../core/lexicon/bundledResources';
import type { EngineResources } from '../core/lexicon/engineResources';

/** SHA-256 through node:crypto: native, about ten times the portable implementation. */
export function nodeSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The engine as Node hosts (the CLI, the extension host, the tools) run it. */
export function createNodeAnnotator(resources: EngineResources): Annotator {
  return new Annotator({ resources, hashText: nodeSha256 });
}

/**
 * Reads and validates the data files from a folder (the extension ships them in
 * dist/data/ and reads them on the first annotation, so activation loads none of them).
 */
export function loadResourceFiles(dir: string): EngineResources {
  const raw = Object.fromEntries(
    Object.entries(RESOURCE_FILES).map(([name, file]) => [name, JSON.parse(readFileSync(join(dir, file), 'utf8'))]),
  ) as unknown as RawResources;
  return parseEngineResources(raw);
}
