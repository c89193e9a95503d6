import type { Spread } from './stats';

export interface Figure {
  id: string;
  label: string;
  unit: string;
  where: 'node' | 'chromium';
  spread: Spread | null;
  /** Human-readable target from the issue, e.g. '< 300 ms'. */
  target?: string;
  /** Whether the median meets it; absent when there is no target. */
  met?: boolean;
  /** Ratio of the median to the baseline's (records/s figures). */
  ratio?: number;
  note?: string;
}

export function below(limit: number): (median: number) => boolean {
  return (median) => median < limit;
}

export function atLeast(limit: number): (median: number) => boolean {
  return (median) => median >= limit;
}

export function figure(
  base: Omit<Figure, 'met' | 'spread'> & { spread: Spread | null },
  check?: (median: number) => boolean,
): Figure {
  return check && base.spread ? { ...base, met: check(base.spread.median) } : base;
}

const number = (value: number) => (value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1));

function row(cells: readonly string[], widths: readonly number[]): string {
  return `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
}

/** The table printed at the end of a run and pasted into docs/performance.md. */
export function markdownTable(figures: readonly Figure[]): string {
  const header = ['figure', 'where', 'min', 'median', 'max', 'unit', 'vs baseline', 'target', 'met'];
  const lines = figures.map((item) => [
    item.label,
    item.where,
    item.spread ? number(item.spread.min) : '—',
    item.spread ? number(item.spread.median) : '—',
    item.spread ? number(item.spread.max) : '—',
    item.unit,
    item.ratio === undefined ? '' : `${item.ratio.toFixed(2)}×`,
    item.target ?? '',
    item.met === undefined ? (item.spread ? '' : 'not measured') : item.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((cell, index) => Math.max(cell.length, ...lines.map((line) => line[index]!.length)));
  return [row(header, widths), row(widths.map((width) => '-'.repeat(width)), widths), ...lines.map((line) => row(line, widths))].join('\n');
}
