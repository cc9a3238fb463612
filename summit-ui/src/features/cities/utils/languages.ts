/** The language tags typed as text, separated by commas or spaces: `zh-Hant, en` → both. */
export function parseLanguages(text: string): string[] {
  const tags = text
    .split(/[\s,，、]+/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

/** The tags written back as text for editing. */
export function formatLanguages(tags: readonly string[]): string {
  return tags.join(', ');
}
