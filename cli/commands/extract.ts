import { readFileSync } from 'node:fs';
import { extractStatements, type Candidate } from '../../core/extract';
import { ParallaxError } from '../../core/errors';
import { dateOption, parseCommandArgs } from '../args';
import type { Command, Io } from '../command';
import { oneLine, printJson } from '../format';

/** The largest file extract reads: the same bound as a source's body. */
const MAX_BYTES = 50_000_000;

/** Reads FILE as strict UTF-8, a leading BOM dropped; refuses binary files and other encodings. */
function readUtf8(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ParallaxError('not_found', `There is no file at ${path}.`);
    if (code === 'EISDIR')
      throw new ParallaxError('invalid_input', `${path} is a folder, not a file.`);
    throw new ParallaxError('io', `Could not read ${path}: ${(error as Error).message}`);
  }
  if (bytes.length > MAX_BYTES) {
    throw new ParallaxError('invalid_input', `${path} is larger than 50 MB; split it first.`);
  }
  if (bytes.includes(0)) {
    throw new ParallaxError(
      'invalid_input',
      `${path} contains NUL bytes: it looks like a binary file, not text.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ParallaxError(
      'invalid_input',
      `${path} is not valid UTF-8 text; save it as UTF-8 and try again.`,
    );
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
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
  summary: 'Find the quotations and reported speech in a text file, with their speakers',
  usage: `Usage: parallax extract FILE [--published YYYY-MM-DD] [--json]

Reads the UTF-8 text FILE and lists the statements in it: direct quotations (the words
inside the quotation marks) and reported speech ("X said that …", "according to X, …"),
each with its speaker, the attribution words (cue), and when it was said. Relative dates
("on Tuesday", "this week") are resolved against --published, preferring the past.
Nothing is stored: this only reads FILE.

Options:
  --published YYYY-MM-DD  When the text was published
  --json                  Print {"statements":[{"speaker","text","kind","start","end","cue",
                          "date","confidence"}]}: kind is quote or paraphrase, speaker, cue
                          and date may be null, and text is exactly the characters
                          [start, end) of the file's text (JavaScript string indices, after a
                          leading byte order mark is dropped)
  -h, --help              Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'extract',
      argv,
      { published: { type: 'string' }, json: { type: 'boolean' } },
      { names: ['FILE'] },
    );
    const published = dateOption('extract', 'published', values.published);
    const text = readUtf8(positionals[0]!);
    const statements = extractStatements(text, published ? { published } : {});
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
