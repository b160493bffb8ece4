// Writes schemas/annotations.schema.json from the zod schema of the exported document, so
// the published JSON Schema can never drift from what the engine validates.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { AnnotatedDocumentSchema, SCHEMA_VERSION } from '../src/core';

const root = join(__dirname, '../..');
const schema = {
  ...z.toJSONSchema(AnnotatedDocumentSchema, { target: 'draft-2020-12' }),
  $id: `https://news-annotator.invalid/schemas/annotations-v${SCHEMA_VERSION}.schema.json`,
  title: 'News Annotator document',
  description: 'Entities found in one news article: mentions with UTF-16 offsets (end exclusive) and the entities they belong to.',
};
mkdirSync(join(root, 'schemas'), { recursive: true });
writeFileSync(join(root, 'schemas/annotations.schema.json'), JSON.stringify(schema, null, 2) + '\n');
