import type { z } from 'zod';

/**
 * One entry of the contract: how its input is validated, whether it changes the workspace
 * (and so is recorded for undo), and — as a phantom type — what it returns.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly mutates: boolean;
  /** Never set: carries the output type for `Output<M>`. */
  readonly output?: O;
}

/** A method that only reads. */
export const query =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, mutates: false });

/** A method that changes the workspace; the service records it in the changes log. */
export const command =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, mutates: true });

/**
 * A method that changes only Parallax's own preferences, never a workspace: nothing to record
 * for undo, and nothing the views need to reload after it.
 */
export const preference =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, mutates: false });
