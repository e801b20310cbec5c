import { FUZZED_METHODS } from './contract';
import type { HostileCall } from './arbitraries';

/** Counts generated calls by method and by kind, to prove the 10,000 were spread everywhere. */
export class Tally {
  readonly byMethod = new Map<string, number>();
  readonly byKind = new Map<string, number>();
  total = 0;

  add(call: HostileCall): void {
    this.total++;
    const method = FUZZED_METHODS.includes(call.method) ? call.method : '(unknown method)';
    this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
    this.byKind.set(call.kind, (this.byKind.get(call.kind) ?? 0) + 1);
  }

  /** Fuzzed methods that got fewer than `min` calls. */
  thinlyCovered(min: number): string[] {
    return FUZZED_METHODS.filter((m) => (this.byMethod.get(m) ?? 0) < min);
  }

  summary(): string {
    const kinds = [...this.byKind].map(([k, n]) => `${k} ${n}`).join(', ');
    const counts = FUZZED_METHODS.map((m) => this.byMethod.get(m) ?? 0);
    return `${this.total} calls; per method ${Math.min(...counts)}–${Math.max(...counts)}; ${kinds}`;
  }
}
