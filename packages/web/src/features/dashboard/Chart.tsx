import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { useFormat } from '../../i18n/format';

/** Longer category labels are cut with an ellipsis on the axis (the tooltip and table keep them whole). */
const AXIS_LABEL_CHARS = 22;

function shortLabel(label: string): string {
  return label.length > AXIS_LABEL_CHARS ? `${label.slice(0, AXIS_LABEL_CHARS - 1)}…` : label;
}

// Only the parts drawn here, so the dashboard's chunk stays small (Chart.js tree-shakes).
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

export interface Series {
  label: string;
  /** A suppressed count (null) draws no bar. */
  values: (number | null)[];
  color: string;
}

/**
 * One Chart.js canvas. Decorative for screen readers (aria-hidden): the table beside every
 * chart carries the same figures.
 */
export function ChartCanvas(props: {
  kind: 'bar' | 'line';
  labels: string[];
  series: Series[];
  horizontal?: boolean;
  percent?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { locale } = useFormat();
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: props.kind,
      data: {
        labels: props.labels,
        datasets: props.series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: s.color,
          borderColor: s.color,
        })),
      },
      options: {
        indexAxis: props.horizontal ? 'y' : 'x',
        animation: false,
        maintainAspectRatio: false,
        // Ticks and tooltips format numbers in the user's language (4.943 / 4,943).
        locale,
        plugins: { legend: { display: props.series.length > 1 } },
        scales: {
          [props.horizontal ? 'y' : 'x']: {
            ticks: {
              autoSkip: !props.horizontal,
              callback(value) {
                return shortLabel(String(this.getLabelForValue(Number(value))));
              },
            },
          },
          ...(props.percent ? { [props.horizontal ? 'x' : 'y']: { min: 0, max: 100 } } : {}),
        },
      },
    });
    return () => chart.destroy();
  }, [props.kind, props.labels, props.series, props.horizontal, props.percent, locale]);
  const height = props.horizontal ? Math.max(160, props.labels.length * 22 + 40) : 240;
  return (
    <div className="chart" style={{ height }} aria-hidden="true">
      <canvas ref={canvas} />
    </div>
  );
}
