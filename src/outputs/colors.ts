// The styles the terminal formats print with. chalk is imported only by a run that prints in
// colour: importing it looks at the terminal (node:tty, node:os and, through node:process, the
// process's streams), which a clean run, or one printing to a file or a pipe, never needs.

export type Style = (text: string) => string;

export interface Colors {
  red: Style;
  yellow: Style;
  green: Style;
  bold: Style;
  dim: Style;
}

const plain: Style = (text) => text;

export const noColors: Colors = { red: plain, yellow: plain, green: plain, bold: plain, dim: plain };

/** The styles for a run that has decided on colour or not (src/io/streams.ts useColor); 16 colours, as every terminal has. */
export async function loadColors(color: boolean): Promise<Colors> {
  if (!color) return noColors;
  const { Chalk } = await import("chalk");
  const c = new Chalk({ level: 1 });
  return { red: c.red, yellow: c.yellow, green: c.green, bold: c.bold, dim: c.dim };
}
