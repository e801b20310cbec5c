import { basename } from 'node:path';
import { extractStatements, type Candidate } from '../../core/extract';
import { importFile, importText, isImportable, type ImportedSource } from '../../core/import';
import { dateOption, parseCommandArgs } from '../args';
import type { Command, Io } from '../command';
import { oneLine, printJson } from '../format';
import { readBytes } from '../read-bytes';

/**
 * FILE's text as `parallax import` would keep it: an HTML page's main text, a Markdown file's
 * rendered text, a PDF's or a .docx's text, through the same importers. A file of any other
 * name is read as a UTF-8 (or UTF-16 with a byte-order mark) text file, as .txt is.
 */
async function readText(path: string): Promise<ImportedSource> {
  const bytes = readBytes(path);
  const fileName = basename(path);
  return isImportable(fileName) ? importFile(bytes, fileName) : importText(bytes, fileName);
}

function printList(io: Io, statements: Candidate[]): void {
  if (statements.length === 0) {
    io.out('No statements found.\n');
    return;
  }
  statements.forEach((s, i) => {
    const who = s.speaker ? `${s.speaker}${s.role ? ` (${s.role})` : ''}` : 'speaker unknown';
    const when = s.date
      ? `, ${s.date}${s.datePrecision === 'day' ? '' : ` (${s.datePrecision})`}`
      : '';
    const text = s.kind === 'quote' ? `“${oneLine(s.text, 300)}”` : oneLine(s.text, 300);
    io.out(
      `${i + 1}. ${s.kind}  ${who}${when}  [${s.start}–${s.end}, confidence ${s.confidence.toFixed(2)}]\n`,
    );
    io.out(`   ${text}\n`);
    if (s.cue) io.out(`   cue: ${oneLine(s.cue, 120)}\n`);
  });
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Find the quotations and reported speech in a file, with their speakers',
  usage: `Usage: parallax extract FILE [--published YYYY-MM-DD] [--json]

Reads FILE's text as \`parallax import\` keeps it (.txt, .md, .html, .htm, .pdf or .docx;
a file of any other name is read as UTF-8 text) and lists the statements in it: direct
quotations (the words inside the quotation marks) and reported speech ("X said that …",
"according to X, …"), each with its speaker, the attribution words (cue), and when it was
said. Relative dates ("on Tuesday", "this week") are resolved against --published, or the
publication date the file states (an HTML page's), preferring the past.
Nothing is stored: this only reads FILE.

Options:
  --published YYYY-MM-DD  When the text was published
  --json                  Print {"statements":[{"speaker","text","kind","start","end","cue",
                          "date","confidence"}]}: kind is quote or paraphrase, speaker, cue
                          and date may be null, and text is exactly the characters
                          [start, end) of the text as imported (JavaScript string indices;
                          a text file's leading byte order mark dropped, a Markdown file
                          rendered, an HTML page's main text)
  -h, --help              Show this help
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'extract',
      argv,
      { published: { type: 'string' }, json: { type: 'boolean' } },
      { names: ['FILE'] },
    );
    const published = dateOption('extract', 'published', values.published);
    const source = await readText(positionals[0]!);
    const on = published ?? source.publishedOn ?? undefined;
    const statements = extractStatements(source.body, on ? { published: on } : {});
    if (values.json) {
      printJson(io, {
        statements: statements.map((s) => ({
          speaker: s.speaker,
          text: s.text,
          kind: s.kind,
          start: s.start,
          end: s.end,
          cue: s.cue,
          date: s.date,
          confidence: s.confidence,
        })),
      });
    } else {
      printList(io, statements);
    }
    return 0;
  },
};
