import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ReviewedResponse } from '@passerelle/contracts';
import { TranslatePipe } from '@passerelle/web-ui';

const WIDTH = 600;
const HEIGHT = 160;
const PAD = { left: 32, right: 12, top: 10, bottom: 14 };

interface Point {
  x: number;
  y: number;
  outcome: 'right' | 'wrong' | 'dont-know';
}

/**
 * How the ability estimate moved through an attempt: θ after each answer, with its ± SE band
 * narrowing as answers come in. A picture of the responses table below it, which holds the
 * same numbers for reading.
 */
@Component({
  selector: 'pc-theta-trace',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (chart(); as c) {
      <figure class="trace" dir="ltr">
        <svg
          [attr.viewBox]="'0 0 ' + width + ' ' + height"
          role="img"
          [attr.aria-label]="'attempt.traceLabel' | t"
          preserveAspectRatio="xMidYMid meet"
        >
          @for (tick of c.ticks; track tick.value) {
            <line
              [attr.x1]="pad.left"
              [attr.x2]="width - pad.right"
              [attr.y1]="tick.y"
              [attr.y2]="tick.y"
              class="trace__grid"
              [class.trace__zero]="tick.value === 0"
            />
            <text [attr.x]="pad.left - 6" [attr.y]="tick.y + 4" text-anchor="end">
              {{ tick.value > 0 ? '+' + tick.value : tick.value }}
            </text>
          }
          <polygon [attr.points]="c.band" class="trace__band" />
          <polyline [attr.points]="c.line" class="trace__line" />
          @for (p of c.points; track $index) {
            <circle
              [attr.cx]="p.x"
              [attr.cy]="p.y"
              r="4.5"
              [attr.class]="'trace__dot--' + p.outcome"
            />
          }
        </svg>
        <figcaption class="trace__legend">
          <span><i class="key key--right"></i>{{ 'attempt.right' | t }}</span>
          <span><i class="key key--wrong"></i>{{ 'attempt.wrong' | t }}</span>
          <span><i class="key key--dont-know"></i>{{ 'attempt.dontKnow' | t }}</span>
          <span><i class="key key--band"></i>θ ± SE</span>
        </figcaption>
      </figure>
    }
  `,
  styles: `
    .trace {
      margin: 0 0 var(--pa-space);
    }
    svg {
      display: block;
      inline-size: 100%;
      block-size: auto;
      max-block-size: 12rem;
      font-size: 11px;
      fill: var(--pa-ink-soft);
    }
    .trace__grid {
      stroke: var(--pa-line);
      stroke-width: 1;
    }
    .trace__zero {
      stroke: var(--pa-ink-soft);
      stroke-dasharray: 4 3;
    }
    .trace__band {
      fill: var(--pa-brand-soft);
      stroke: none;
    }
    .trace__line {
      fill: none;
      stroke: var(--pa-brand);
      stroke-width: 2;
    }
    .trace__dot--right {
      fill: var(--pa-success);
    }
    .trace__dot--wrong {
      fill: var(--pa-danger);
    }
    .trace__dot--dont-know {
      fill: var(--pa-paper);
      stroke: var(--pa-ink-soft);
      stroke-width: 2;
    }
    .trace__legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      font-size: 0.85rem;
      color: var(--pa-ink-soft);
    }
    .key {
      display: inline-block;
      inline-size: 0.7rem;
      block-size: 0.7rem;
      border-radius: 50%;
      margin-inline-end: 0.3rem;
    }
    .key--right {
      background: var(--pa-success);
    }
    .key--wrong {
      background: var(--pa-danger);
    }
    .key--dont-know {
      border: 2px solid var(--pa-ink-soft);
    }
    .key--band {
      border-radius: 0;
      background: var(--pa-brand-soft);
      border-block: 2px solid var(--pa-brand);
    }
  `,
})
export class ThetaTraceComponent {
  readonly responses = input.required<readonly ReviewedResponse[]>();
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly pad = PAD;

  protected readonly chart = computed(() => {
    const responses = this.responses();
    if (responses.length === 0) return null;
    const lo = Math.floor(Math.min(-3, ...responses.map((r) => r.thetaAfter - r.seAfter)));
    const hi = Math.ceil(Math.max(3, ...responses.map((r) => r.thetaAfter + r.seAfter)));
    const y = (theta: number) =>
      PAD.top + ((hi - theta) / (hi - lo)) * (HEIGHT - PAD.top - PAD.bottom);
    const span = WIDTH - PAD.left - PAD.right;
    const x = (i: number) =>
      PAD.left + (responses.length === 1 ? span / 2 : (i / (responses.length - 1)) * span);
    const points: Point[] = responses.map((r, i) => ({
      x: x(i),
      y: y(r.thetaAfter),
      outcome: r.dontKnow ? 'dont-know' : r.correct ? 'right' : 'wrong',
    }));
    const upper = responses.map((r, i) => `${x(i)},${y(r.thetaAfter + r.seAfter)}`);
    const lower = responses.map((r, i) => `${x(i)},${y(r.thetaAfter - r.seAfter)}`).reverse();
    const step = hi - lo > 6 ? 2 : 1;
    const ticks = [];
    for (let value = Math.ceil(lo / step) * step; value <= hi; value += step) {
      ticks.push({ value, y: y(value) });
    }
    return {
      points,
      line: points.map((p) => `${p.x},${p.y}`).join(' '),
      band: [...upper, ...lower].join(' '),
      ticks,
    };
  });
}
