import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { BilingualText } from '@/components/ui/bilingual-text';
import { hasStatus } from '@/lib/api-client';

import { useSealedRecord } from '@/features/ceremony/api/get-sealed-record';
import {
  DeclarationBothLanguages,
  SignatureBlocks,
} from '@/features/ceremony/components/big-screen';
import { shownCount, timelineOf } from '@/features/ceremony/lib/replay-timeline';
import type { SealedRecord } from '@/features/ceremony/types';

const clock = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** The replay's clock: plays from `elapsed` to the end in real time, frame by frame. */
function usePlayer(duration: number) {
  const [playing, setPlaying] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!playing) {
      return;
    }
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const step = Math.max(0, now - last);
      last = now;
      setElapsed((current) => Math.min(duration, current + step));
      frame = requestAnimationFrame(tick);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [playing, duration]);
  const finished = elapsed >= duration;
  return {
    playing: playing && !finished,
    elapsed,
    finished,
    play: () => {
      if (finished) {
        setElapsed(0);
      }
      setPlaying(true);
    },
    pause: () => {
      setPlaying(false);
    },
    restart: () => {
      setElapsed(0);
      setPlaying(true);
    },
  };
}

function ReplayOf({ record }: { record: SealedRecord }) {
  const { t } = useTranslation();
  const timeline = useMemo(() => timelineOf(record), [record]);
  const player = usePlayer(timeline.duration);
  const batchesOf = (signatoryId: string) => timeline.shown(signatoryId, player.elapsed);
  const blocks = [...record.signatures]
    .sort((a, b) => a.position - b.position)
    .map((signature) => ({
      signatoryId: signature.signatoryId,
      cityName: signature.cityName,
      name: signature.name,
      title: signature.title,
      // A signature is marked confirmed once the replay has drawn all of it.
      status:
        signature.status === 'absent' ||
        shownCount(timeline, signature.signatoryId, player.elapsed) === signature.batches.length
          ? signature.status
          : ('called' as const),
    }));
  return (
    <div className="big-screen replay" data-testid="replay">
      <header>
        <BilingualText text={record.name} as="h1" className="page__title" />
        <p className="page__lead">{t('ceremony.replay.lead')}</p>
      </header>
      <div className="replay__controls" role="group" aria-label={t('ceremony.replay.controls')}>
        {player.playing ? (
          <button type="button" className="button" onClick={player.pause}>
            {t('ceremony.replay.pause')}
          </button>
        ) : (
          <button type="button" className="button" onClick={player.play}>
            {t('ceremony.replay.play')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={player.restart}>
          {t('ceremony.replay.restart')}
        </button>
        <span data-testid="replay-progress">
          {t('ceremony.replay.progress', {
            elapsed: clock(player.elapsed),
            total: clock(timeline.duration),
          })}
        </span>
        {player.finished && player.elapsed > 0 && (
          <span role="status">{t('ceremony.replay.finished')}</span>
        )}
      </div>
      <DeclarationBothLanguages declaration={record.declaration} />
      <SignatureBlocks blocks={blocks} batchesOf={batchesOf} />
    </div>
  );
}

/** A sealed ceremony replayed: every signature drawn again at the pace it was written. */
export function Replay({ ceremonyId }: { ceremonyId: string }) {
  const { t } = useTranslation();
  const record = useSealedRecord(ceremonyId);
  if (record.isPending) {
    return <p role="status">{t('ceremony.replay.loading')}</p>;
  }
  if (record.isError) {
    return hasStatus(record.error, 404, 409) ? (
      <p className="notice" data-testid="replay-not-sealed">
        {t('ceremony.replay.notSealed')}
      </p>
    ) : (
      <ErrorMessage
        error={record.error}
        onRetry={() => {
          void record.refetch();
        }}
      />
    );
  }
  return <ReplayOf record={record.data} />;
}
