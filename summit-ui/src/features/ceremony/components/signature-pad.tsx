import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { localize, useLanguage } from '@/lib/i18n';

import { useConfirmSignature } from '@/features/ceremony/api/confirm-signature';
import { ceremonyQueryKey, useCeremony } from '@/features/ceremony/api/get-ceremony';
import { drawInk, type InkCache } from '@/features/ceremony/lib/ink';
import { ceremonySocketUrl } from '@/features/ceremony/lib/socket-url';
import {
  StrokeSender,
  type SenderSnapshot,
  type SocketFactory,
} from '@/features/ceremony/lib/stroke-sender';
import type { CeremonyDetails, StrokePoint } from '@/features/ceremony/types';

import '@/features/ceremony/components/signature-pad.css';

/** Where the tablet's signatory stands in the ceremony. */
type Phase = 'waiting' | 'signing' | 'confirmed' | 'absent' | 'sealed' | 'unknown';

function phaseOf(details: CeremonyDetails | undefined, signatoryId: string): Phase {
  const signatory = details?.signatories.find((s) => s.signatoryId === signatoryId);
  if (!details || !signatory) {
    return 'unknown';
  }
  if (signatory.status === 'confirmed' || signatory.status === 'absent') {
    return signatory.status;
  }
  if (details.ceremony.state === 'sealed') {
    return 'sealed';
  }
  return details.ceremony.state === 'open' && signatory.status === 'called' ? 'signing' : 'waiting';
}

/** While waiting to be called no socket is open, so the tablet asks on a clock. */
const waitingRefreshMs = 3_000;

const refusalKeys = {
  'not-called': 'ceremony.tablet.refusals.notCalled',
  confirmed: 'ceremony.tablet.refusals.confirmed',
  absent: 'ceremony.tablet.refusals.absent',
  'ceremony-not-open': 'ceremony.tablet.refusals.ceremonyNotOpen',
  'points-invalid': 'ceremony.tablet.refusals.pointsInvalid',
  'points-too-many': 'ceremony.tablet.refusals.pointsTooMany',
  'device-revoked': 'ceremony.tablet.refusals.deviceRevoked',
  // A hello refused: the token is unknown, expired, or not this ceremony's tablet.
  'not-paired': 'ceremony.tablet.refusals.deviceRevoked',
} as const;

function refusalText(t: TFunction, reason: string): string {
  const key = (refusalKeys as Record<string, (typeof refusalKeys)[keyof typeof refusalKeys]>)[
    reason
  ];
  return key ? t(key) : t('ceremony.tablet.refusals.other', { reason });
}

const idle: SenderSnapshot = {
  connection: 'stopped',
  pending: 0,
  allAcknowledged: true,
  lastAcknowledgedSeq: 0,
  refusal: null,
  retrying: false,
};
const noSubscription = () => () => undefined;

/** The stroke sender while the signatory may sign, started and stopped with the page. */
function useStrokeSender(
  active: boolean,
  ceremonyId: string,
  token: string,
  createSocket: SocketFactory | undefined,
) {
  const queryClient = useQueryClient();
  const sender = useMemo(
    () =>
      active
        ? new StrokeSender({
            url: ceremonySocketUrl(ceremonyId, 'tablet'),
            token,
            ...(createSocket ? { createSocket } : {}),
            onChanged: () => {
              void queryClient.invalidateQueries({ queryKey: ceremonyQueryKey(ceremonyId) });
            },
          })
        : null,
    [active, ceremonyId, token, createSocket, queryClient],
  );
  useEffect(() => {
    if (!sender) {
      return;
    }
    sender.start();
    return () => {
      sender.dispose();
    };
  }, [sender]);
  const snapshot = useSyncExternalStore(
    sender?.subscribe ?? noSubscription,
    sender?.getSnapshot ?? (() => idle),
  );
  return { sender, snapshot };
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const fourPlaces = (value: number) => Math.round(value * 10_000) / 10_000;

/** A pointer event as a point of the signature, normalised to the pad's 5:2 box. */
function pointOf(event: PointerEvent, box: DOMRect, stroke: number): StrokePoint {
  // Mice report 0.5 while pressed, some touch screens 0 or 1: the ink simulates pressure then.
  const pressure = event.pressure > 0 ? event.pressure : 0.5;
  return {
    s: stroke,
    x: fourPlaces(clamp(box.width > 0 ? (event.clientX - box.left) / box.width : 0)),
    y: fourPlaces(clamp(box.height > 0 ? (event.clientY - box.top) / box.height : 0)),
    p: fourPlaces(clamp(pressure)),
    t: Math.round(performance.timeOrigin + event.timeStamp),
  };
}

/** The ink drawn on the pad, kept and painted here at once: the network is not in this loop. */
function useLocalInk() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const pointsRef = useRef<StrokePoint[]>([]);
  // Finished strokes keep their outline: each frame recomputes only the stroke being drawn.
  const cacheRef = useRef<InkCache>(new Map());
  const frame = useRef<number | null>(null);

  const paint = useCallback(() => {
    frame.current = null;
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) {
      return;
    }
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const ratio = window.devicePixelRatio || 1;
    if (
      canvas.width !== Math.round(width * ratio) ||
      canvas.height !== Math.round(height * ratio)
    ) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    context.fillStyle = '#10213f';
    drawInk(context, pointsRef.current, width, height, {}, cacheRef.current);
  }, []);

  const schedule = useCallback(() => {
    frame.current ??= requestAnimationFrame(paint);
  }, [paint]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const observer =
      canvas && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(schedule) : null;
    if (canvas) {
      observer?.observe(canvas);
    }
    return () => {
      observer?.disconnect();
      if (frame.current !== null) {
        cancelAnimationFrame(frame.current);
        frame.current = null;
      }
    };
  }, [schedule]);

  return { canvasRef, pointsRef, cacheRef, schedule };
}

interface SignaturePadProps {
  ceremonyId: string;
  signatoryId: string;
  /** The tablet's device token. */
  token: string;
  /** For tests: the WebSocket the sender opens. */
  createSocket?: SocketFactory;
}

/**
 * The signatory's tablet: the declaration's title, their name and city, and a pad they sign on
 * with a pen, a finger or a mouse. Ink appears at once under the pen; the points go to the server
 * in batches, and "Confirm" waits until every batch is acknowledged. Once confirmed the pad is
 * locked: a confirmed signature is final.
 */
export function SignaturePad({ ceremonyId, signatoryId, token, createSocket }: SignaturePadProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ceremony = useCeremony(ceremonyId, token, (details) =>
    phaseOf(details, signatoryId) === 'waiting' ? waitingRefreshMs : false,
  );
  const phase = phaseOf(ceremony.data, signatoryId);
  const { sender, snapshot } = useStrokeSender(
    phase === 'signing',
    ceremonyId,
    token,
    createSocket,
  );
  const confirm = useConfirmSignature();
  const { canvasRef, pointsRef, cacheRef, schedule } = useLocalInk();
  const [hasInk, setHasInk] = useState(false);
  const strokeIndex = useRef(-1);
  const activePointer = useRef<number | null>(null);
  // Once a pen has touched the pad, a touch is the signer's palm resting on the glass.
  const penSeen = useRef(false);

  const refused = snapshot.refusal;
  // Once confirmed the pad is locked at once, before the ceremony is fetched again.
  const canDraw =
    phase === 'signing' && refused === null && !confirm.isPending && !confirm.isSuccess;

  const add = (events: readonly PointerEvent[]) => {
    const canvas = canvasRef.current;
    if (!canvas || events.length === 0) {
      return;
    }
    const box = canvas.getBoundingClientRect();
    const added = events.map((event) => pointOf(event, box, strokeIndex.current));
    pointsRef.current.push(...added);
    sender?.addPoints(added);
    schedule();
    if (!hasInk) {
      setHasInk(true);
    }
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (event.pointerType === 'pen') {
      penSeen.current = true;
    }
    const palm = event.pointerType === 'touch' && penSeen.current;
    if (!canDraw || activePointer.current !== null || palm) {
      return;
    }
    event.preventDefault();
    activePointer.current = event.pointerId;
    try {
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic pointer (tests, some drivers) cannot be captured; drawing works without.
    }
    strokeIndex.current += 1;
    add([event.nativeEvent]);
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (activePointer.current !== event.pointerId || !canDraw) {
      return;
    }
    const native = event.nativeEvent;
    // A pen moves faster than frames: the browser folds its points into one event.
    const coalesced =
      typeof native.getCoalescedEvents === 'function' ? native.getCoalescedEvents() : [];
    add(coalesced.length > 0 ? coalesced : [native]);
  };

  const onPointerEnd = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (activePointer.current !== event.pointerId) {
      return;
    }
    activePointer.current = null;
  };

  const clear = () => {
    pointsRef.current = [];
    cacheRef.current.clear();
    activePointer.current = null;
    sender?.clear();
    schedule();
    setHasInk(false);
  };

  // The pad stays as signed once confirmed; it is emptied only by Clear.
  useEffect(() => {
    schedule();
  }, [schedule, phase]);

  if (ceremony.isPending) {
    return <p role="status">{t('ceremony.tablet.loading')}</p>;
  }
  if (ceremony.isLoadingError) {
    return (
      <ErrorMessage
        error={ceremony.error}
        onRetry={() => {
          void ceremony.refetch();
        }}
      />
    );
  }

  const details = ceremony.data;
  const signatory = details.signatories.find((s) => s.signatoryId === signatoryId);
  const title = (language === 'zh-Hant' ? details.declaration.zhHant : details.declaration.en)
    .title;
  const canConfirm =
    canDraw && hasInk && snapshot.allAcknowledged && snapshot.connection === 'online';

  return (
    <div className="signature-pad" data-testid="tablet" data-phase={phase}>
      <header className="signature-pad__header">
        <h1 className="signature-pad__title" data-testid="tablet-declaration">
          {title}
        </h1>
        {signatory && (
          <p className="signature-pad__signatory" data-testid="tablet-signatory">
            {t('ceremony.tablet.signsFor', {
              name: localize(signatory.name, language),
              city: localize(signatory.cityName, language),
            })}
          </p>
        )}
      </header>
      {phase === 'unknown' && <p className="notice">{t('ceremony.tablet.unknownSignatory')}</p>}
      <p
        className={`signature-pad__state signature-pad__state--${refused ? 'refused' : phase}`}
        role="status"
        data-testid="tablet-state"
      >
        {stateText()}
      </p>
      {ceremony.isRefetchError && <ErrorMessage error={ceremony.error} />}
      {confirm.isError && <ErrorMessage error={confirm.error} />}
      <div className="signature-pad__box">
        <canvas
          ref={canvasRef}
          className={
            canDraw
              ? 'signature-pad__canvas'
              : 'signature-pad__canvas signature-pad__canvas--locked'
          }
          data-testid="signature-pad"
          role="img"
          aria-label={t('ceremony.tablet.padLabel')}
          data-locked={!canDraw}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
          onLostPointerCapture={onPointerEnd}
        />
      </div>
      {phase === 'signing' && (
        <div className="button-row signature-pad__actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={!canDraw || !hasInk}
            onClick={clear}
            data-testid="signature-clear"
          >
            {t('ceremony.tablet.clear')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!canConfirm}
            aria-describedby="signature-confirm-hint"
            onClick={() => {
              confirm.mutate({
                ceremonyId,
                token,
                lastSeq: snapshot.lastAcknowledgedSeq,
              });
            }}
            data-testid="signature-confirm"
          >
            {confirm.isPending ? t('ceremony.tablet.confirming') : t('ceremony.tablet.confirm')}
          </button>
          <p id="signature-confirm-hint" className="signature-pad__hint">
            {t('ceremony.tablet.confirmHint')}
          </p>
        </div>
      )}
    </div>
  );

  function stateText(): string {
    if (confirm.isSuccess) {
      return t('ceremony.tablet.state.confirmed');
    }
    if (refused !== null && phase === 'signing') {
      return t('ceremony.tablet.state.refused', { reason: refusalText(t, refused) });
    }
    switch (phase) {
      case 'waiting':
      case 'unknown':
        return t('ceremony.tablet.state.waiting');
      case 'confirmed':
        return t('ceremony.tablet.state.confirmed');
      case 'absent':
        return t('ceremony.tablet.state.absent');
      case 'sealed':
        return t('ceremony.tablet.state.sealed');
      case 'signing':
        break;
    }
    if (snapshot.connection === 'offline') {
      return t('ceremony.tablet.state.offline');
    }
    if (snapshot.retrying) {
      return t('ceremony.tablet.state.retrying');
    }
    if (snapshot.pending > 0) {
      return t('ceremony.tablet.state.sending', { count: snapshot.pending });
    }
    if (snapshot.connection === 'connecting') {
      return t('ceremony.tablet.state.connecting');
    }
    return hasInk ? t('ceremony.tablet.state.sent') : t('ceremony.tablet.state.signing');
  }
}
