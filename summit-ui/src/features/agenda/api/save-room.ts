import { roomsPath, type Room } from '@/features/agenda/api/get-rooms';
import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

export type RoomRequest = Schemas['RoomRequest'];

/** Adds a room (`POST …/rooms`) or revises one (`PUT …/rooms/{id}`, with `version`). */
export function saveRoom(
  summitId: string,
  roomId: string | null,
  room: RoomRequest,
): Promise<Room> {
  return roomId === null
    ? sendJson<Room>('POST', roomsPath(summitId), room)
    : sendJson<Room>('PUT', `${roomsPath(summitId)}/${encodeURIComponent(roomId)}`, room);
}
