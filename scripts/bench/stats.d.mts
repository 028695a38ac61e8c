export function median(values: readonly number[]): number;
export function peak(values: readonly number[]): number;
export function growthPer10x(points: ReadonlyArray<{ size: number; value: number }>): Array<number | undefined>;
