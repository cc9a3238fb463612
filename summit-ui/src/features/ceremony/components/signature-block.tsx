import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { BilingualText } from '@/components/ui/bilingual-text';
import type { LocalizedText } from '@/types/api';

import { drawInk, type InkCache } from '@/features/ceremony/lib/ink';
import type { DrawnBatch } from '@/features/ceremony/lib/signature-feed';

import '@/features/ceremony/components/big-screen.css';

export interface SignatureBlockProps {
  signatoryId: string;
  cityName: LocalizedText;
  name: LocalizedText;
  title?: LocalizedText | null | undefined;
  /** Confirmed or absent is marked on the block; anything else is still being signed. */
  status?: string | undefined;
  /** The batches to draw, after the signatory's last clear, in order. */
  batches: readonly DrawnBatch[];
}

const inkColour = '#10213f';

/** Sizes the canvas to its box at the screen's pixel density; the size of its block in CSS pixels. */
function fitCanvas(canvas: HTMLCanvasElement): { width: number; height: number; ratio: number } {
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  return { width, height, ratio };
}

/** Paints `batches` on the canvas, at the next frame, and again whenever the block is resized. */
function useInk(canvasRef: RefObject<HTMLCanvasElement | null>, batches: readonly DrawnBatch[]) {
  // Strokes already outlined are kept: a batch arriving recomputes only the stroke it continues.
  const [cache] = useState<InkCache>(() => new Map());
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) {
      return;
    }
    let frame: number | null = null;
    const paint = () => {
      frame = null;
      const context = canvas.getContext('2d');
      if (!context) {
        return;
      }
      const { width, height, ratio } = fitCanvas(canvas);
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      context.fillStyle = inkColour;
      drawInk(
        context,
        batches.flatMap((batch) => batch.points),
        width,
        height,
        {},
        cache,
      );
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(paint);
    };
    schedule();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    observer?.observe(canvas);
    return () => {
      observer?.disconnect();
      if (frame !== null) {
        cancelAnimationFrame(frame);
      }
    };
  }, [canvasRef, batches, cache]);
}

/**
 * One signatory's place on the declaration: the ink of their signature in a 5:2 block, their
 * city's name in both languages, their name, and whether they confirmed or are absent. Memoised:
 * the big screen renders once a frame while strokes come, and only a block whose batches changed
 * paints again.
 */
export const SignatureBlock = memo(function SignatureBlock({
  signatoryId,
  cityName,
  name,
  title,
  status,
  batches,
}: SignatureBlockProps) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useInk(canvasRef, batches);
  const marked = status === 'confirmed' || status === 'absent' ? status : null;
  return (
    <figure
      className={marked ? `signature-block signature-block--${marked}` : 'signature-block'}
      data-testid={`signature-block-${signatoryId}`}
      data-batches={batches.length}
      data-status={status}
    >
      <div className="signature-block__ink">
        <canvas ref={canvasRef} className="signature-block__canvas" aria-hidden="true" />
        {marked === 'absent' && (
          <p className="signature-block__absent">{t('ceremony.screen.absent')}</p>
        )}
      </div>
      <figcaption className="signature-block__caption">
        <BilingualText text={cityName} className="signature-block__city" />
        <BilingualText text={name} className="signature-block__name" />
        {title && <BilingualText text={title} className="signature-block__title" />}
        {marked === 'confirmed' && (
          <span className="status status--success signature-block__mark">
            {t('ceremony.screen.confirmed')}
          </span>
        )}
      </figcaption>
    </figure>
  );
});
