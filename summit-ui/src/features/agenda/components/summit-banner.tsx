import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { localize, useLanguage } from '@/lib/i18n';

import { useCurrentSummit } from '@/features/agenda/api/get-current-summit';
import { formatDateRange } from '@/features/agenda/utils/format-date-range';

/** The current summit's name, dates and venue, in the language the interface shows. */
export function SummitBanner() {
  const { t } = useTranslation();
  const language = useLanguage();
  const summit = useCurrentSummit();

  if (summit.isPending) {
    return (
      <p className="summit-banner__status" role="status">
        {t('summit.loading')}
      </p>
    );
  }
  if (summit.isError) {
    return (
      <ErrorMessage
        error={summit.error}
        onRetry={() => {
          void summit.refetch();
        }}
      />
    );
  }
  if (summit.data === null) {
    return (
      <p className="summit-banner__status" role="status" data-testid="summit-missing">
        {t('summit.notSetUp')}
      </p>
    );
  }

  const { name, venue, startsOn, endsOn } = summit.data;
  return (
    <div className="summit-banner">
      <p className="summit-banner__name" data-testid="summit-name">
        {localize(name, language)}
      </p>
      <p className="summit-banner__meta">
        <span data-testid="summit-dates">{formatDateRange(startsOn, endsOn, language, t)}</span>
        <span className="summit-banner__separator" aria-hidden="true">
          ·
        </span>
        <span data-testid="summit-venue">{localize(venue, language)}</span>
      </p>
    </div>
  );
}
