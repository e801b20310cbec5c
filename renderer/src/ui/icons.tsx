/** A few line icons, drawn inline so the app needs no icon font or network. */
const PATHS = {
  statement: 'M4 5h16v10H8l-4 4z',
  source: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7',
  actor: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  proposition: 'M5 4h14v4H5zM5 10h14v4H5zM5 16h9v4H5z',
  undo: 'M9 7L4 12l5 5M4 12h11a5 5 0 0 1 0 10h-3',
  redo: 'M15 7l5 5-5 5M20 12H9a5 5 0 0 0 0 10h3',
  search: 'M11 18a7 7 0 1 1 0-14 7 7 0 0 1 0 14zM21 21l-5-5',
  plus: 'M12 5v14M5 12h14',
  close: 'M6 6l12 12M18 6L6 18',
  folder: 'M3 6h7l2 2h9v11H3z',
  file: 'M6 3h9l4 4v14H6zM14 3v5h5',
  up: 'M12 19V5M5 12l7-7 7 7',
  logo: 'M4 6h10M4 12h16M4 18h7M17 4v4M20 16v4',
  compare: 'M4 4h6v16H4zM14 4h6v16h-6z',
  conflict: 'M4 7h10l-3-3M20 17H10l3 3',
  matrix: 'M4 4h16v16H4zM4 10h16M4 15h16M10 4v16M15 4v16',
  timeline: 'M3 12h18M7 8v8M12 10v4M17 7v10',
  report: 'M6 3h12v18H6zM9 8h6M9 12h6M9 16h3',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({
  name,
  size = 16,
  label,
}: {
  name: IconName;
  size?: number;
  label?: string;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
