import {
  AutoScrollActivator,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type KeyboardCoordinateGetter,
  type Modifier,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

import type { DraftSession } from '@/features/agenda/api/get-draft';
import type { Room } from '@/features/agenda/api/get-rooms';
import { ConflictBadge, ConflictReasons } from '@/features/agenda/components/conflict-reasons';
import {
  clock,
  minutesOf,
  moved,
  pixelsPerMinute,
  resized,
  snapMinutes,
  snappedMinutes,
  timeOf,
  type Placement,
} from '@/features/agenda/utils/timetable';
import { localize, useLanguage } from '@/lib/i18n';

interface TimetableGridProps {
  day: string;
  rooms: readonly Room[];
  sessions: readonly DraftSession[];
  hours: { from: number; to: number };
  /** A drag or resize ended: the session's new room and times. */
  onPlace: (session: DraftSession, placement: Placement) => void;
  onEdit: (session: DraftSession) => void;
  selectedId: string | null;
}

const slot = snapMinutes * pixelsPerMinute;

type DragKind = 'move' | 'resize';

function parse(id: string | number): { kind: DragKind; sessionId: string } {
  const [kind, ...rest] = String(id).split(':');
  return { kind: kind === 'resize' ? 'resize' : 'move', sessionId: rest.join(':') };
}

/**
 * The draft of one day as a timetable: a column per room, time downwards. A session is dragged by
 * its title to another time or room and resized by its bottom edge, both snapped to five minutes,
 * with the mouse or with the keyboard (Space to pick up, arrows to move, Space to drop, Escape to
 * cancel); each step is announced in the reader's language.
 */
export function TimetableGrid({
  day,
  rooms,
  sessions,
  hours,
  onPlace,
  onEdit,
  selectedId,
}: TimetableGridProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columnsRef = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<{ sessionId: string; placement: Placement } | null>(null);
  const roomIds = rooms.map((room) => room.id);

  const columnWidth = () => {
    const width = columnsRef.current?.getBoundingClientRect().width ?? 0;
    return rooms.length > 0 && width > 0 ? width / rooms.length : 160;
  };

  // Arrows move by one five-minute step or one room; the pointer is snapped to the same grid.
  const keyboardCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates }) => {
    switch (event.code) {
      case 'ArrowDown':
        return { ...currentCoordinates, y: currentCoordinates.y + slot };
      case 'ArrowUp':
        return { ...currentCoordinates, y: currentCoordinates.y - slot };
      case 'ArrowRight':
        return { ...currentCoordinates, x: currentCoordinates.x + columnWidth() };
      case 'ArrowLeft':
        return { ...currentCoordinates, x: currentCoordinates.x - columnWidth() };
      default:
        return undefined;
    }
  };
  const snapToGrid: Modifier = ({ transform, active }) => {
    const width = columnWidth();
    const resizing = active !== null && parse(active.id).kind === 'resize';
    return {
      ...transform,
      x: resizing ? 0 : Math.round(transform.x / width) * width,
      y: Math.round(transform.y / slot) * slot,
    };
  };
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  );

  const byId = new Map(sessions.map((session) => [session.id, session]));
  const placementOf = (id: string | number, x: number, y: number) => {
    const { kind, sessionId } = parse(id);
    const session = byId.get(sessionId);
    if (!session) return null;
    const placement =
      kind === 'resize'
        ? resized(session, snappedMinutes(y))
        : moved(session, snappedMinutes(y), Math.round(x / columnWidth()), roomIds);
    return { session, placement };
  };
  const roomName = (roomId: string) => {
    const room = rooms.find((candidate) => candidate.id === roomId);
    return room ? localize(room.name, language) : '';
  };
  const describe = (placement: Placement) =>
    t('editor.grid.placement', {
      room: roomName(placement.roomId),
      from: timeOf(placement.startsAt),
      to: timeOf(placement.endsAt),
    });
  const titleOf = (id: string | number) => {
    const session = byId.get(parse(id).sessionId);
    return session ? localize(session.title, language) : '';
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('editor.grid.pickedUp', { title: titleOf(active.id) }),
    onDragMove: () => (preview ? describe(preview.placement) : undefined),
    onDragOver: () => undefined,
    onDragEnd: ({ active }) =>
      t('editor.grid.dropped', {
        title: titleOf(active.id),
        placement: preview ? describe(preview.placement) : '',
      }),
    onDragCancel: ({ active }) => t('editor.grid.cancelled', { title: titleOf(active.id) }),
  };

  const onDragMove = (event: DragMoveEvent) => {
    const placed = placementOf(event.active.id, event.delta.x, event.delta.y);
    setPreview(placed ? { sessionId: placed.session.id, placement: placed.placement } : null);
  };
  const onDragEnd = (event: DragEndEvent) => {
    setPreview(null);
    const placed = placementOf(event.active.id, event.delta.x, event.delta.y);
    if (
      placed &&
      (placed.placement.roomId !== placed.session.roomId ||
        placed.placement.startsAt !== placed.session.startsAt ||
        placed.placement.endsAt !== placed.session.endsAt)
    ) {
      onPlace(placed.session, placed.placement);
    }
  };

  const hourMarks: number[] = [];
  for (let minute = hours.from; minute <= hours.to; minute += 60) hourMarks.push(minute);
  const height = (hours.to - hours.from) * pixelsPerMinute;

  return (
    <DndContext
      sensors={sensors}
      modifiers={[snapToGrid]}
      // Scroll only when the pointer (not a tall session's edge) is right at the grid's edge: a drag is measured
      // from where it began, scroll included, and should not scroll the grid under a pointer that holds still.
      autoScroll={{ activator: AutoScrollActivator.Pointer, threshold: { x: 0, y: 0.05 } }}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setPreview(null);
      }}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('editor.grid.instructions') },
      }}
    >
      <div
        className="timetable"
        style={{ '--rooms': rooms.length } as CSSProperties}
        data-testid="timetable"
        data-day={day}
      >
        <div className="timetable__corner" aria-hidden="true" />
        <div className="timetable__heads">
          {rooms.map((room) => (
            <div key={room.id} className="timetable__room" data-testid={`room-head-${room.id}`}>
              {localize(room.name, language)}
            </div>
          ))}
        </div>
        <div className="timetable__times" style={{ height }} aria-hidden="true">
          {hourMarks.map((minute) => (
            <span
              key={minute}
              className="timetable__hour"
              style={{ top: (minute - hours.from) * pixelsPerMinute }}
            >
              {clock(minute)}
            </span>
          ))}
        </div>
        <div className="timetable__columns" ref={columnsRef} style={{ height }}>
          {hourMarks.map((minute) => (
            <div
              key={minute}
              className="timetable__line"
              style={{ top: (minute - hours.from) * pixelsPerMinute }}
              aria-hidden="true"
            />
          ))}
          {rooms.map((room, column) => (
            <section
              key={room.id}
              className="timetable__column"
              style={{ left: `calc(${column} * 100% / ${rooms.length})` }}
              aria-label={localize(room.name, language)}
            >
              {sessions
                .filter((session) => session.roomId === room.id)
                .map((session) => (
                  <SessionBlock
                    key={session.id}
                    session={session}
                    top={(minutesOf(session.startsAt) - hours.from) * pixelsPerMinute}
                    preview={preview?.sessionId === session.id ? preview.placement : null}
                    describe={describe}
                    onEdit={onEdit}
                    selected={session.id === selectedId}
                  />
                ))}
            </section>
          ))}
        </div>
      </div>
    </DndContext>
  );
}

interface SessionBlockProps {
  session: DraftSession;
  top: number;
  preview: Placement | null;
  describe: (placement: Placement) => string;
  onEdit: (session: DraftSession) => void;
  selected: boolean;
}

function SessionBlock({ session, top, preview, describe, onEdit, selected }: SessionBlockProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // dnd-kit hands out callback refs and props; nothing here reads a ref's value while rendering.
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } =
    useDraggable({ id: `move:${session.id}` });
  const resize = useDraggable({ id: `resize:${session.id}` });
  const title = localize(session.title, language);
  const length = (minutesOf(session.endsAt) - minutesOf(session.startsAt)) * pixelsPerMinute;
  const grow = resize.transform?.y ?? 0;
  const worst = session.conflicts.some((conflict) => conflict.severity === 'HARD')
    ? 'hard'
    : session.conflicts.some((conflict) => conflict.severity === 'BLOCKS_PUBLISHING')
      ? 'blocking'
      : session.conflicts.length > 0
        ? 'warning'
        : 'none';
  const reasonsId = `reasons-${session.id}`;
  return (
    <article
      ref={setNodeRef}
      id={`session-${session.id}`}
      className={`session-block session-block--${worst}${selected ? ' session-block--selected' : ''}${
        isDragging || resize.isDragging ? ' session-block--dragging' : ''
      }`}
      style={{
        top,
        height: Math.max(slot * 2, length + grow),
        transform: CSS.Translate.toString(transform),
      }}
      data-testid={`session-${session.id}`}
      data-conflicts={session.conflicts.length}
      aria-label={title}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="session-block__handle"
        {...attributes}
        {...listeners}
        aria-roledescription={t('editor.grid.draggable')}
        aria-describedby={`${attributes['aria-describedby']} ${reasonsId}`}
        onClick={() => {
          onEdit(session);
        }}
        data-testid={`session-handle-${session.id}`}
      >
        <span className="session-block__time">
          {timeOf(session.startsAt)}–{timeOf(session.endsAt)}
        </span>
        <span className="session-block__title">{title}</span>
      </button>
      {preview && (isDragging || resize.isDragging) && (
        <p className="session-block__preview" data-testid="drag-preview">
          {describe(preview)}
        </p>
      )}
      {session.conflicts.length > 0 && (
        <div className="session-block__conflicts">
          <ConflictBadge conflicts={session.conflicts} />
          <ConflictReasons id={reasonsId} conflicts={session.conflicts} compact />
        </div>
      )}
      <button
        type="button"
        className="session-block__edit"
        onClick={() => {
          onEdit(session);
        }}
        aria-label={t('editor.grid.edit', { title })}
        data-testid={`session-edit-${session.id}`}
      >
        {t('editor.grid.editShort')}
      </button>
      <button
        type="button"
        ref={(node) => {
          resize.setNodeRef(node);
          resize.setActivatorNodeRef(node);
        }}
        className="session-block__resize"
        {...resize.attributes}
        {...resize.listeners}
        aria-roledescription={t('editor.grid.resizable')}
        aria-label={t('editor.grid.resize', { title })}
        data-testid={`session-resize-${session.id}`}
      />
    </article>
  );
}
