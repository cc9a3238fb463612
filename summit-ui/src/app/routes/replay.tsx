import { useParams } from 'react-router';

import { Replay } from '@/features/ceremony/components/replay';

/** The public replay of a sealed ceremony, at its original pace; no login needed. */
export function ReplayRoute() {
  const { ceremonyId = '' } = useParams();
  return (
    <article className="page page--device">
      <Replay ceremonyId={ceremonyId} />
    </article>
  );
}
