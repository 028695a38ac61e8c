/**
 * A file name that stays inside the output directory on every OS: no separators, no `..`, no
 * leading dot, no characters Windows refuses, at most 100 characters.
 */
export function sanitizeFileName(name: string): string {
  const cleaned = name
    .normalize("NFKC")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/^[.-]+/, "")
    .replace(/-{2,}/g, "-")
    .slice(0, 100);
  return cleaned === "" ? "document" : cleaned;
}
