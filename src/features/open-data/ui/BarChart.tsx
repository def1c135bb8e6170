import type { BarChartGeometry } from '@/features/open-data/rules'

/** Series styles: solid blue and hatched brown, so the two differ without colour as well. */
const SERIES_STYLES = [
  { fill: '#0b4f9c', stroke: '#0b4f9c', hatched: false },
  { fill: '#8a3b00', stroke: '#8a3b00', hatched: true },
] as const

type Props = {
  id: string
  title: string
  description: string
  geometry: BarChartGeometry
  legend: string[]
}

const fillOf = (id: string, series: number) => {
  const style = SERIES_STYLES[series % SERIES_STYLES.length]
  return style.hatched ? `url(#${id}-hatch-${series})` : style.fill
}

function Patterns({ id, count }: { id: string; count: number }) {
  return (
    <defs>
      {SERIES_STYLES.slice(0, count).map((style, i) =>
        style.hatched ? (
          <pattern key={i} id={`${id}-hatch-${i}`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fff" />
            <rect width="3" height="6" fill={style.fill} />
          </pattern>
        ) : null,
      )}
    </defs>
  )
}

/**
 * A grouped bar chart drawn on the server as SVG: one image with a title and a description for
 * screen readers, who get the figures themselves from the table that follows every chart.
 */
export function BarChart({ id, title, description, geometry: g, legend }: Props) {
  return (
    <figure className="od-chart">
      {/* Drawn at a readable size (labels at 0.875 of the body text, so larger in 长者模式);
          on a narrow phone the chart scrolls sideways inside its frame instead of shrinking. */}
      <div className="od-chart__scroll" tabIndex={0} role="group" aria-label={`${title}（可左右滑动查看）`}>
        <svg
          className="od-chart__svg"
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${g.width} ${g.height}`}
          preserveAspectRatio="xMidYMid meet"
          fontSize="14"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <Patterns id={id} count={legend.length} />
          {g.ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} stroke={tick.value === 0 ? '#1b1b1b' : '#c9c9c4'} strokeWidth="1" />
              <text x={g.plot.left - 6} y={tick.y} dy="0.35em" textAnchor="end" fill="#1b1b1b">
                {tick.label}
              </text>
            </g>
          ))}
          {g.bars.map((bar) => (
            <rect
              key={`${bar.series}-${bar.category}`}
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              fill={fillOf(id, bar.series)}
              stroke={SERIES_STYLES[bar.series % SERIES_STYLES.length].stroke}
              strokeWidth="1"
            />
          ))}
          {g.slots.map((slot) => (
            <text key={slot.x} x={slot.centre} y={g.plot.bottom + 18} textAnchor="middle" fill="#1b1b1b">
              {slot.label}
              {slot.sublabel ? (
                <tspan x={slot.centre} dy="1.25em" fill="#505050">
                  {slot.sublabel}
                </tspan>
              ) : null}
            </text>
          ))}
        </svg>
      </div>
      <figcaption className="od-legend">
        {legend.map((label, i) => (
          <span key={label} className="od-legend__item">
            <svg width="18" height="18" aria-hidden="true" focusable="false">
              <Patterns id={`${id}-key${i}`} count={legend.length} />
              <rect x="1" y="1" width="16" height="16" fill={fillOf(`${id}-key${i}`, i)} stroke={SERIES_STYLES[i % SERIES_STYLES.length].stroke} />
            </svg>
            {label}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
