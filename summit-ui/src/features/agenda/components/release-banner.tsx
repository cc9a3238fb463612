import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import { localize, useLanguage } from '@/lib/i18n';

import type { AgendaLiveEvent } from '@/features/agenda/api/follow-agenda';

const kinds = ['ADDED', 'MOVED', 'CHANGED', 'CANCELLED'] as const;
type Kind = (typeof kinds)[number];

const isKind = (value: string): value is Kind => (kinds as readonly string[]).includes(value);

interface ReleaseBannerProps {
  release: AgendaLiveEvent;
  onDismiss: () => void;
}

/**
 * Says that a new release was published while the page was open, and what changed in it, in the
 * reader's language: each session added, moved (from and to, with times and rooms), changed or
 * cancelled. A status region, so that screen readers announce it without taking the focus.
 */
export const ReleaseBanner = memo(function ReleaseBanner({
  release,
  onDismiss,
}: ReleaseBannerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section
      className="release-banner"
      role="status"
      aria-live="polite"
      data-testid="agenda-update"
      data-release={release.release}
    >
      <p className="release-banner__title">
        {t('agenda.update.title', { release: release.release })}
      </p>
      <ul className="release-banner__changes">
        {release.changes.map((change) => (
          <li
            key={`${change.kind}-${change.sessionId}`}
            className={`release-banner__change release-banner__change--${change.kind.toLowerCase()}`}
            data-testid="agenda-update-change"
          >
            <span className="release-banner__kind">
              {isKind(change.kind) ? t(`agenda.update.kinds.${change.kind}`) : change.kind}
            </span>{' '}
            <strong>{localize(change.title, language)}</strong>
            {' · '}
            {localize(change.description, language)}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t('agenda.update.dismiss')}
      </button>
    </section>
  );
});
