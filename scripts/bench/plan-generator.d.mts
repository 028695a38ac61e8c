export function generatedPlan(n: number): string;
