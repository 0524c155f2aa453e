import type { Expect, NoExtraMembers } from './api-check';
import { tag } from './recorder';
import { enumOf } from './spreadsheet-rules';

export const ChartType = enumOf(
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
);
export const ChartHiddenDimensionStrategy = enumOf(
  'IGNORE_BOTH',
  'IGNORE_ROWS',
  'IGNORE_COLUMNS',
  'SHOW_BOTH',
);
export const ChartMergeStrategy = enumOf('MERGE_COLUMNS', 'MERGE_ROWS');

export interface ChartSpec {
  id: string;
  type: string;
  ranges: object[];
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
}

function copySpec(s: ChartSpec): ChartSpec {
  return { ...s, ranges: [...s.ranges], options: { ...s.options }, position: { ...s.position } };
}

/** Sheet.newChart() and EmbeddedChart.modify(); build() snapshots the spec, insertChart() stores it. */
export class FakeEmbeddedChartBuilder {
  readonly #s: ChartSpec;

  constructor(spec?: ChartSpec) {
    this.#s = spec
      ? copySpec(spec)
      : {
          id: '',
          type: ChartType.COLUMN,
          ranges: [],
          options: {},
          position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
          numHeaders: -1,
          transpose: false,
          hiddenDimensionStrategy: ChartHiddenDimensionStrategy.IGNORE_BOTH,
          mergeStrategy: ChartMergeStrategy.MERGE_COLUMNS,
        };
    tag(this, 'SpreadsheetApp', 'EmbeddedChartBuilder');
  }

  addRange(range: object): this {
    this.#s.ranges.push(range);
    return this;
  }
  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart(copySpec(this.#s));
  }
  clearRanges(): this {
    this.#s.ranges = [];
    return this;
  }
  getChartType(): string {
    return this.#s.type;
  }
  getRanges(): object[] {
    return [...this.#s.ranges];
  }
  removeRange(range: object): this {
    this.#s.ranges = this.#s.ranges.filter((r) => r !== range);
    return this;
  }
  setChartType(type: string): this {
    this.#s.type = type;
    return this;
  }
  setHiddenDimensionStrategy(strategy: string): this {
    this.#s.hiddenDimensionStrategy = strategy;
    return this;
  }
  setMergeStrategy(mergeStrategy: string): this {
    this.#s.mergeStrategy = mergeStrategy;
    return this;
  }
  setNumHeaders(headers: number): this {
    this.#s.numHeaders = headers;
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.#s.options[option] = value;
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.#s.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.#s.transpose = transpose;
    return this;
  }
}

export class FakeEmbeddedChart {
  readonly #s: ChartSpec;

  constructor(spec: ChartSpec) {
    this.#s = spec;
    tag(this, 'SpreadsheetApp', 'EmbeddedChart');
  }

  /** For the owning sheet to store; not part of the API. */
  static specOf(chart: FakeEmbeddedChart): ChartSpec {
    return chart.#s;
  }

  getChartId(): number | null {
    return this.#s.id ? Number(this.#s.id.slice(1)) : null;
  }
  getContainerInfo(): FakeContainerInfo {
    return new FakeContainerInfo(this.#s.position);
  }
  getHiddenDimensionStrategy(): string {
    return this.#s.hiddenDimensionStrategy;
  }
  getMergeStrategy(): string {
    return this.#s.mergeStrategy;
  }
  getNumHeaders(): number {
    return this.#s.numHeaders;
  }
  getOptions(): FakeChartOptions {
    return new FakeChartOptions({ ...this.#s.options, chartType: this.#s.type });
  }
  getRanges(): object[] {
    return [...this.#s.ranges];
  }
  getTransposeRowsAndColumns(): boolean {
    return this.#s.transpose;
  }
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.#s);
  }
}

export class FakeChartOptions {
  readonly #options: Record<string, unknown>;

  constructor(options: Record<string, unknown>) {
    this.#options = options;
    tag(this, 'Charts', 'ChartOptions');
  }

  get(option: string): unknown {
    return this.#options[option] ?? null;
  }
}

export class FakeContainerInfo {
  readonly #p: ChartSpec['position'];

  constructor(position: ChartSpec['position']) {
    this.#p = position;
    tag(this, 'SpreadsheetApp', 'ContainerInfo');
  }

  getAnchorColumn(): number {
    return this.#p.anchorColumn;
  }
  getAnchorRow(): number {
    return this.#p.anchorRow;
  }
  getOffsetX(): number {
    return this.#p.offsetX;
  }
  getOffsetY(): number {
    return this.#p.offsetY;
  }
}

type C = typeof GoogleAppsScript.Charts;
export type ApiChecks = [
  Expect<NoExtraMembers<FakeEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>>,
  Expect<NoExtraMembers<FakeEmbeddedChart, GoogleAppsScript.Spreadsheet.EmbeddedChart>>,
  Expect<NoExtraMembers<FakeChartOptions, GoogleAppsScript.Charts.ChartOptions>>,
  Expect<NoExtraMembers<FakeContainerInfo, GoogleAppsScript.Spreadsheet.ContainerInfo>>,
  Expect<NoExtraMembers<typeof ChartType, C['ChartType']>>,
];
