import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartSlot } from '@/components/charts/ChartSlot';

/**
 * jsdom has no IntersectionObserver: this one lets the test say when the slot is on screen, the
 * way the browser would report a scroll.
 */
class ScreenObserver {
  static instances: ScreenObserver[] = [];
  readonly rootMargin: string;
  constructor(
    private readonly callback: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.rootMargin = options?.rootMargin ?? '0px';
    ScreenObserver.instances.push(this);
  }
  observe() {}
  disconnect() {}
  show(onScreen: boolean) {
    act(() =>
      this.callback(
        [{ isIntersecting: onScreen } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      ),
    );
  }
}

/**
 * A slot watches two bands: the wide one (drawn ahead of the screen) and the narrow one (kept
 * current). A scroll reports where the slot now is relative to both.
 */
function scrollTo(where: 'far' | 'ahead' | 'on screen') {
  const byWidth = [...ScreenObserver.instances].sort(
    (a, b) => Number.parseFloat(b.rootMargin) - Number.parseFloat(a.rootMargin),
  );
  const [wide, narrow] = byWidth;
  wide!.show(where !== 'far');
  narrow!.show(where === 'on screen');
}

const drawn = vi.fn();
function Chart({ scope }: { scope: string }) {
  drawn(scope);
  return <p data-testid="chart">{scope}</p>;
}

function Slot({ scope }: { scope: string }) {
  return (
    <ChartSlot height={200}>
      <Chart scope={scope} />
    </ChartSlot>
  );
}

describe('ChartSlot', () => {
  beforeEach(() => {
    ScreenObserver.instances = [];
    drawn.mockClear();
    vi.stubGlobal('IntersectionObserver', ScreenObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws a chart only when it nears the screen, keeping its height reserved before', () => {
    const { container } = render(<Slot scope="全市" />);
    expect(screen.queryByTestId('chart')).toBeNull();
    expect(container.querySelector<HTMLElement>('.chart-slot')?.style.minHeight).toBe('200px');
    expect(ScreenObserver.instances).toHaveLength(2);
    scrollTo('ahead');
    expect(screen.getByTestId('chart')).toHaveTextContent('全市');
  });

  it('draws ahead of the screen with the current scope, then redraws only once on screen', () => {
    const { rerender } = render(<Slot scope="全市" />);
    rerender(<Slot scope="房山区" />);
    scrollTo('ahead');
    // Its first drawing is current, never the scope it was mounted with.
    expect(screen.getByTestId('chart')).toHaveTextContent('房山区');
    drawn.mockClear();

    rerender(<Slot scope="怀柔区" />);
    expect(drawn).not.toHaveBeenCalled();
    expect(screen.getByTestId('chart')).toHaveTextContent('房山区');

    scrollTo('on screen');
    expect(screen.getByTestId('chart')).toHaveTextContent('怀柔区');
    rerender(<Slot scope="昌平区" />);
    expect(screen.getByTestId('chart')).toHaveTextContent('昌平区');
  });

  it('keeps the last drawing while off screen and shows the current scope when back', () => {
    const { rerender } = render(<Slot scope="全市" />);
    scrollTo('on screen');
    scrollTo('far');
    drawn.mockClear();

    rerender(<Slot scope="房山区" />);
    rerender(<Slot scope="怀柔区" />);
    expect(drawn).not.toHaveBeenCalled();
    expect(screen.getByTestId('chart')).toHaveTextContent('全市');

    scrollTo('on screen');
    expect(screen.getByTestId('chart')).toHaveTextContent('怀柔区');
  });

  it('draws every chart with the current scope when the page is printed', () => {
    const { rerender } = render(<Slot scope="全市" />);
    rerender(<Slot scope="房山区" />);
    expect(screen.queryByTestId('chart')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByTestId('chart')).toHaveTextContent('房山区');
  });

  it('draws a chart that appears while the page is already being printed', () => {
    const printMedia = vi.fn((query: string) => ({
      matches: query === 'print',
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }));
    vi.stubGlobal('matchMedia', printMedia);
    render(<Slot scope="房山区" />);
    expect(screen.getByTestId('chart')).toHaveTextContent('房山区');
  });

  it('draws at once where the browser cannot tell what is on screen', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Slot scope="全市" />);
    expect(screen.getByTestId('chart')).toHaveTextContent('全市');
  });
});
