import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract';
import { importFile } from './import-file';

const utf8 = (text: string) => new TextEncoder().encode(text);

const BRIEFING = `# Briefing on *Kirkuk*, 17 October

The coalition's spokesman, **Col. Ryan Dillon**, told [reporters](https://example.org/briefing "the transcript")
in Baghdad: “We do not have reports of PMF units in and around the Kirkuk area.”

## What was said

- The ministry said the _forces_ had withdrawn.
- Full text: <https://example.org/statement>

| Speaker | Outlet |
| --- | --- |
| Dillon | Reuters &amp; AP |

> “We are now inside the governorate's building,” a fighter said.

\`\`\`
# not a heading, kept as written
\`\`\`

<script>tracking()</script>
`;

describe('.md', () => {
  it('reads as its rendered text: no heading marks, emphasis marks or link syntax', async () => {
    const source = await importFile(utf8(BRIEFING), 'briefing.md');
    expect(source.body.split('\n\n')).toEqual([
      'Briefing on Kirkuk, 17 October',
      "The coalition's spokesman, Col. Ryan Dillon, told reporters in Baghdad: “We do not have reports of PMF units in and around the Kirkuk area.”",
      'What was said',
      'The ministry said the forces had withdrawn.',
      'Full text: https://example.org/statement',
      'Speaker\tOutlet',
      'Dillon\tReuters & AP',
      "“We are now inside the governorate's building,” a fighter said.",
      '# not a heading, kept as written',
    ]);
    expect(source.body).not.toMatch(/\*\*|\]\(|https:\/\/example\.org\/briefing|tracking/);
  });

  it('takes its first level-one heading, as read, for the title; else its first line', async () => {
    expect((await importFile(utf8(BRIEFING), 'briefing.md')).title).toBe(
      'Briefing on Kirkuk, 17 October',
    );
    const noHeading =
      '```\n# code, not a title\n```\n\nThe *first* paragraph.\n\n## A subheading\n';
    expect((await importFile(utf8(noHeading), 'notes.MD')).title).toBe('# code, not a title');
    expect((await importFile(utf8('Plain **words** only.'), 'plain.md')).title).toBe(
      'Plain words only.',
    );
  });

  it('gives the extractor offsets into the text it keeps, so anchors find the words', async () => {
    const { body } = await importFile(utf8(BRIEFING), 'briefing.md');
    const found = extractStatements(body, {});
    expect(found.map((s) => s.text)).toContain(
      'We do not have reports of PMF units in and around the Kirkuk area.',
    );
    for (const s of found) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads a long file in parts without losing a link defined at its end or a late title', async () => {
    const blocks = Array.from({ length: 1200 }, (_, i) => `Paragraph ${i + 1}.`);
    blocks[0] = 'It is in [the statement][s], as *reported*.';
    blocks[900] = '# The title, far down';
    const markdown = `${blocks.join('\n\n')}\n\n[s]: https://example.org/s\n`;
    const source = await importFile(utf8(markdown), 'long.md');
    const paragraphs = source.body.split('\n\n');
    expect(paragraphs).toHaveLength(1200);
    expect(paragraphs[0]).toBe('It is in the statement, as reported.');
    expect(paragraphs[899]).toBe('Paragraph 900.');
    expect(paragraphs[1199]).toBe('Paragraph 1200.');
    expect(source.title).toBe('The title, far down');
    expect(source.body).not.toContain('example.org');
  });

  it('refuses a Markdown file that renders to no text', async () => {
    await expect(importFile(utf8('<!-- only a comment -->\n\n---\n'), 'empty.md')).rejects.toThrow(
      /empty\.md has no text to import/,
    );
  });
});
