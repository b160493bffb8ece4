import { bundledResources } from '../core';
import { createNodeAnnotator } from '../node/nodeAnnotator';
import { annotateCommand } from './commands/annotateCommand';
import { exportCommand } from './commands/exportCommand';
import { summarizeCommand } from './commands/summarizeCommand';
import { UsageError } from './parseOptions';
import { ArticleReadError } from './readArticle';

declare const PACKAGE_VERSION: string;

const USAGE = `news-annotator ${PACKAGE_VERSION}: leaders, countries, amounts, organisations, places and dates in news

Usage:
  news-annotator annotate [FILE|DIR…]          document JSON on stdout (- or nothing: stdin)
  news-annotator summarize [PATH…] [--out DIR]  a table per article; JSON files in DIR
  news-annotator export --format json|w3c|brat|conll|doccano --out DIR [--force] PATH…
                                               one file per article, folders walked recursively
  news-annotator --help | --version
`;

function main(argv: readonly string[]): number {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${PACKAGE_VERSION}\n`);
    return 0;
  }
  const annotator = createNodeAnnotator(bundledResources());
  switch (command) {
    case 'annotate':
      return annotateCommand(annotator, args);
    case 'summarize':
      return summarizeCommand(annotator, args);
    case 'export':
      return exportCommand(annotator, args);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ArticleReadError || error instanceof UsageError) {
    process.stderr.write(`news-annotator: ${error.message}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  } else throw error;
}
