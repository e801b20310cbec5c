import type { MethodName, Output, ParsedInput } from '../api';
import type { Ctx } from './context';

export type Handler<M extends MethodName> = (ctx: Ctx, input: ParsedInput<M>) => Output<M>;
export type Handlers<K extends MethodName = MethodName> = { [M in K]: Handler<M> };
