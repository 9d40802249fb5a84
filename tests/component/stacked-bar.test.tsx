import { render } from '@testing-library/react';
import type { BarShapeProps } from 'recharts';
import { describe, expect, it } from 'vitest';
import { stackedBar } from '@/components/charts/stacked-bar';
import { partsTotal } from '@/lib/timeline';

const PARTS = ['reported', 'entered', 'illustrative'] as const;
type Row = Record<(typeof PARTS)[number], number>;

function draw(
  along: 'x' | 'y',
  row: Row | undefined,
  box: { x: number; y: number; width: number; height: number },
) {
  const Shape = stackedBar({
    parts: PARTS,
    along,
    paint: (part) =>
      part === 'entered'
        ? { fill: 'green', className: `seg seg--${part}` }
        : { fill: 'blue', className: `seg seg--${part}` },
  });
  const { container } = render(
    <svg>
      <Shape {...({ ...box, payload: row } as unknown as BarShapeProps)} />
    </svg>,
  );
  return [...container.querySelectorAll('path')].map((p) => ({
    part: p.getAttribute('class'),
    d: p.getAttribute('d'),
  }));
}

describe('a stacked bar drawn as one series', () => {
  it('splits a horizontal bar from the axis outwards in proportion to its parts', () => {
    // 60 reported, 0 entered, 40 illustrative over 200 px.
    const paths = draw(
      'x',
      { reported: 60, entered: 0, illustrative: 40 },
      { x: 10, y: 5, width: 200, height: 20 },
    );
    expect(paths).toEqual([
      { part: 'seg seg--reported', d: 'M10,5h120v20h-120Z' },
      { part: 'seg seg--illustrative', d: 'M130,5h80v20h-80Z' },
    ]);
  });

  it('stacks a column bottom up: reported at the base, illustrative on top', () => {
    const paths = draw(
      'y',
      { reported: 1, entered: 1, illustrative: 2 },
      { x: 0, y: 20, width: 8, height: 80 },
    );
    expect(paths).toEqual([
      { part: 'seg seg--reported', d: 'M0,80h8v20h-8Z' },
      { part: 'seg seg--entered', d: 'M0,60h8v20h-8Z' },
      { part: 'seg seg--illustrative', d: 'M0,20h8v40h-8Z' },
    ]);
  });

  it('draws nothing for an empty row, a missing row or a bar too thin to see', () => {
    expect(
      draw('x', { reported: 0, entered: 0, illustrative: 0 }, { x: 0, y: 0, width: 0, height: 10 }),
    ).toEqual([]);
    expect(draw('x', undefined, { x: 0, y: 0, width: 50, height: 10 })).toEqual([]);
    expect(
      draw(
        'y',
        { reported: 3, entered: 0, illustrative: 0 },
        { x: 0, y: 0, width: 5, height: 0.3 },
      ),
    ).toEqual([]);
  });

  it('leaves out a part too thin to draw but keeps its place in the stack', () => {
    const paths = draw(
      'x',
      { reported: 1, entered: 999, illustrative: 0 },
      { x: 0, y: 0, width: 100, height: 10 },
    );
    expect(paths.map((p) => p.part)).toEqual(['seg seg--entered']);
    expect(paths[0]!.d).toBe('M0.1,0h99.9v10h-99.9Z');
  });

  it('is as long as the parts of its row together (the dataKey of rows without a total)', () => {
    expect(partsTotal({ reported: 2, entered: 3, illustrative: 5 })).toBe(10);
  });
});
