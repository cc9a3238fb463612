/** The calendar apps' own scheme for "subscribe to this feed" (`webcal://host/path`). */
export function webcalOf(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://');
}
