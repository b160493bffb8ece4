import { annotate } from '../core';
import { readFileSync } from 'node:fs';

const [, , command, ...files] = process.argv;
if (command === 'annotate') {
  for (const file of files) process.stdout.write(JSON.stringify(annotate(readFileSync(file, 'utf8'), { path: file }), null, 2) + '\n');
}
