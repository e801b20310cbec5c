/** What the extractor proposes: a statement found in a text, anchored by its offsets. */
export interface Candidate {
  /** Who made the statement, as resolved across the text ("Dillon" → "Col. Ryan Dillon"), or null. */
  speaker: string | null;
  /** Title or role written before the name ("State Department spokeswoman"), or null. */
  role: string | null;
  /** Always `input.slice(start, end)`: for a quote the words inside the marks, without them. */
  text: string;
  kind: 'quote' | 'paraphrase';
  /** JavaScript string indices into the input. */
  start: number;
  end: number;
  /** The attribution words ("Dillon said this week"), or null. */
  cue: string | null;
  /** When it was said, YYYY-MM-DD (for a week: its Monday; for a month: its first day), or null. */
  date: string | null;
  datePrecision: 'day' | 'week' | 'month' | null;
  /** 0..1: how sure the extractor is of the span and its speaker together. */
  confidence: number;
}

export interface ExtractOptions {
  /** The text's publication date, YYYY-MM-DD: relative dates ("on Tuesday") resolve against it. */
  published?: string;
}
