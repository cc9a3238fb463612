import { tracksPath, type Track } from '@/features/agenda/api/get-tracks';
import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

export type TrackRequest = Schemas['TrackRequest'];

/** Adds a track (`POST …/tracks`) or revises one (`PUT …/tracks/{id}`, with `version`). */
export function saveTrack(
  summitId: string,
  trackId: string | null,
  track: TrackRequest,
): Promise<Track> {
  return trackId === null
    ? sendJson<Track>('POST', tracksPath(summitId), track)
    : sendJson<Track>('PUT', `${tracksPath(summitId)}/${encodeURIComponent(trackId)}`, track);
}
