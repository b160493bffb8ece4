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
  news-annotator annotate [FILE|DIR…]          document JSON on stdout (an array for several
                                               files or a folder; - or nothing: stdin)
  news-annotator summarize [PATH…] [--out DIR]  a table of leaders, countries and amounts per
                                               article; DIR/<name>.annotations.json (default: samples)
  news-annotator export --format json|w3c|brat|conll|doccano --out DIR [--force] PATH…
                                               one file per article, folders walked recursively;
                                               existing files replaced only with --force
  news-annotator --help | --version

Articles are UTF-8 text files (*.txt, *.news, *.article); folders skip LICENSE*,
requirements*.txt, README*, node_modules and hidden folders. Exit status: 0 done,
1 unreadable input or nothing exported, 2 wrong usage.
`;

function main(argv: readonly string[]): number {
  const [command, ...args] = argv;
  const options = args.slice(0, args.includes('--') ? args.indexOf('--') : undefined);
  if (command === undefined) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (['--help', '-h', 'help'].includes(command) || options.includes('--help') || options.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${PACKAGE_VERSION}\n`);
    return 0;
  }
  switch (command) {
    case 'annotate':
      return annotateCommand(createNodeAnnotator(bundledResources()), args);
    case 'summarize':
      return summarizeCommand(createNodeAnnotator(bundledResources()), args);
    case 'export':
      return exportCommand(createNodeAnnotator(bundledResources()), args);
    default:
      throw new UsageError(`unknown command "${command}" (try --help)`);
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
