// Temporary files being written right now, for the interrupt handler to remove. A module of its
// own so that every run can install the handler without loading the writer (and node:crypto).
export const pendingTempFiles = new Set<string>();
