export const root: string;
export function samples(): Record<string, string>;
export function withSamples(readme: string, current?: Record<string, string>): string;
