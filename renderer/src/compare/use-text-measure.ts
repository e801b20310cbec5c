import { useMemo } from 'react';

/**
 * Measures text as the page will draw it in the UI font at `size`, so the timeline can keep
 * labels apart. A canvas measures exactly; without one (never in a browser), a generous guess.
 */
export function useTextMeasure(size: string): (text: string) => number {
  return useMemo(() => {
    const family =
      getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() ||
      'sans-serif';
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return (text: string) => text.length * 7;
    context.font = `${size} ${family}`;
    const cache = new Map<string, number>();
    return (text: string) => {
      let width = cache.get(text);
      if (width === undefined) {
        // A pixel or two more than measured: fonts hint differently on screen.
        width = Math.ceil(context.measureText(text).width) + 2;
        cache.set(text, width);
      }
      return width;
    };
  }, [size]);
}
