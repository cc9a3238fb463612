import { create } from 'qrcode';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useReveal } from '@/components/ui/use-reveal';
import { formatDateTime, useLanguage } from '@/lib/i18n';

/** The page a device opens to pair itself with `code`; the pairing page fills the code in and sends it. */
function pairingLink(code: string, origin: string = window.location.origin): string {
  return `${origin}/pair?${new URLSearchParams({ code }).toString()}`;
}

interface PairingQrProps {
  code: string;
  expiresAt: string;
  /** What the code pairs, e.g. "the tablet of Ko Wen-je (Taipei)". */
  target: string;
  onClose: () => void;
}

/**
 * A pairing code as staff hand it to a device: large enough to read out or type, and as a QR code
 * of the pairing link, which a tablet's camera opens without typing anything.
 */
export function PairingQr({ code, expiresAt, target, onClose }: PairingQrProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  // Shown below the button that asked for it: brought into view and focused, so staff see it at once.
  const reveal = useReveal();
  const link = pairingLink(code);
  return (
    <section
      ref={reveal}
      tabIndex={-1}
      className="panel pairing-qr"
      aria-labelledby={headingId}
      aria-live="polite"
      data-testid="console-pairing"
    >
      <h3 id={headingId} className="page__subtitle">
        {t('ceremony.console.pairing.title', { target })}
      </h3>
      <div className="pairing-qr__body">
        <QrCode text={link} label={t('ceremony.console.pairing.qrLabel', { code })} />
        <div>
          <p className="pairing-code pairing-qr__code" data-testid="console-pairing-code">
            {code}
          </p>
          <p>{t('ceremony.console.pairing.scan')}</p>
          <p>
            {t('ceremony.console.pairing.type', { path: '/pair' })}{' '}
            <code className="pairing-qr__link">{link}</code>
          </p>
          <p>
            {t('ceremony.console.pairing.expires', {
              date: formatDateTime(expiresAt, language),
            })}
          </p>
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={onClose}
          >
            {t('ceremony.console.pairing.close')}
          </button>
        </div>
      </div>
    </section>
  );
}

/** A QR code drawn as one SVG path: sharp at any size, and no canvas needed. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const parts: string[] = [];
    for (let row = 0; row < modules.size; row++) {
      for (let column = 0; column < modules.size; column++) {
        if (modules.get(row, column)) {
          parts.push(`M${column} ${row}h1v1h-1z`);
        }
      }
    }
    return { size: modules.size, path: parts.join('') };
  }, [text]);
  // The quiet zone of 4 modules round the code is part of the standard: readers need it.
  const quiet = 4;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${size + 2 * quiet} ${size + 2 * quiet}`}
      shapeRendering="crispEdges"
      data-testid="qr-code"
      data-qr-text={text}
    >
      <rect x={-quiet} y={-quiet} width={size + 2 * quiet} height={size + 2 * quiet} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
