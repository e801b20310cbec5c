import { z } from 'zod';

/** Shared pieces of the contract's input schemas. Text is trimmed and NFC-normalised. */

const nfc = (s: string) => s.normalize('NFC');

export const Id = z.uuid({ error: 'must be an id (a UUID)' });

/** Required text: trimmed, non-empty, bounded. */
export const Text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max).transform(nfc);

/** Optional text: `undefined` leaves a field alone, `null` or blank clears it. */
export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : nfc(s)))
    .nullable()
    .optional();

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'must be a real calendar date');

export const OptionalDate = IsoDate.nullable().optional();

export const DatePrecision = z.enum(['day', 'week', 'month', 'year']);

export const Paging = {
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
};

export const ById = z.strictObject({ id: Id });

export const Nothing = z.strictObject({}).default({});
