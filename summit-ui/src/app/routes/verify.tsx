import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { useCurrentSummit } from '@/features/agenda/api/get-current-summit';
import { CeremonyVerification, PdfVerification } from '@/features/ceremony/components/verification';

/**
 * The public verification of a sealed declaration, no login needed: the QR code on the sealed PDF
 * opens it for that ceremony; without a ceremony it only checks an uploaded copy.
 */
export function VerifyRoute() {
  const { t } = useTranslation();
  const { ceremonyId } = useParams();
  // The seal's time is told in the summit's own zone first, as the ceremony's people knew it.
  const summit = useCurrentSummit();
  const summitTimeZone = summit.data?.timeZone;
  return (
    <article className="page">
      <h1 className="page__title">{t('ceremony.verify.title')}</h1>
      <p className="page__lead">{t('ceremony.verify.lead')}</p>
      {ceremonyId && (
        <CeremonyVerification ceremonyId={ceremonyId} summitTimeZone={summitTimeZone} />
      )}
      <PdfVerification summitTimeZone={summitTimeZone} />
    </article>
  );
}
