export {
  EMPTY_COUNTS,
  average,
  countsFrom,
  figuresOf,
  formatAverage,
  formatPercent,
  percent,
  type DepartmentFigures,
  type KindFigures,
  type MessageCounts,
  type MessageFigures,
  type MonthFigures,
  type OpenDataFigures,
} from './figures'
export { NO_DEPARTMENT, assembleFigures, type GroupedCounts } from './assemble'
export { addCounts, rollUpCells, type CountsCell, type RolledUpCounts } from './roll-up'
export { isMonth, monthLabel, monthsEnding, shanghaiMonth } from './months'
export { FIGURE_COLUMNS, UTF8_BOM, csvField, openDataCsv, toCsv, type CsvCell } from './csv'
export {
  barChart,
  niceStep,
  scaleTicks,
  type Bar,
  type BarCategory,
  type BarChartGeometry,
  type BarChartInput,
  type BarSeries,
  type CategorySlot,
  type Tick,
} from './bar-chart'
