import { ParallaxError } from '../errors';

/** The error every importer throws for a file it cannot read: a sentence naming the file. */
export function invalidFile(message: string): ParallaxError {
  return new ParallaxError('invalid_input', message);
}
