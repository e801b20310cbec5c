import { z } from 'zod';
import { query } from './method';
import type { PositionMatrix } from './types';

export const matrixMethods = {
  /**
   * Actors × propositions: in each cell, the stances an actor's statements take on a
   * proposition, with their dates. Actors and propositions with the most stances come first.
   */
  positionMatrix: query<PositionMatrix>()(
    z.strictObject({
      actors: z.number().int().min(1).max(200).default(40),
      propositions: z.number().int().min(1).max(100).default(20),
    }),
  ),
};
