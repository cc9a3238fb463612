/** The absolute URL of a ceremony's WebSocket for a `tablet` or a `screen`, on this page's origin. */
export function ceremonySocketUrl(
  ceremonyId: string,
  device: 'tablet' | 'screen',
  location: Pick<Location, 'protocol' | 'host'> = window.location,
): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws/ceremonies/${encodeURIComponent(ceremonyId)}/${device}`;
}
