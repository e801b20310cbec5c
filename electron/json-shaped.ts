/**
 * Whether `value` is something JSON could carry: null, booleans, numbers, strings, arrays and
 * plain objects (and undefined, which JSON drops and the schemas read as absent), nested at most `maxDepth` deep. IPC's structured clone
 * also delivers Maps, Sets, Dates, typed arrays, bigints and cycles, which the HTTP host can
 * never receive; refusing them here gives both transports the same input space (a Map would
 * otherwise pass a schema of optional fields as an empty object).
 */
export function isJsonShaped(value: unknown, maxDepth = 64): boolean {
  const onPath = new Set<object>();
  const visit = (v: unknown, depth: number): boolean => {
    if (v == null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') {
      return true;
    }
    if (typeof v !== 'object' || depth > maxDepth || onPath.has(v)) return false;
    const isArray = Array.isArray(v);
    const proto = Object.getPrototypeOf(v) as unknown;
    if (!isArray && proto !== Object.prototype && proto !== null) return false;
    onPath.add(v);
    const children = isArray ? (v as unknown[]) : Object.values(v);
    const ok = children.every((child) => visit(child, depth + 1));
    onPath.delete(v);
    return ok;
  };
  return visit(value, 0);
}
