import { useQueryClient } from '@tanstack/react-query';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { BilingualText } from '@/components/ui/bilingual-text';
import { intlLocale, type Language } from '@/lib/i18n';
import type { LocalizedText } from '@/types/api';

import { ceremonyQueryKey, useCeremony } from '@/features/ceremony/api/get-ceremony';
import { sealedPdfPath, useSealedRecord } from '@/features/ceremony/api/get-sealed-record';
import { SignatureBlock } from '@/features/ceremony/components/signature-block';
import { connectScreen, type ScreenConnection } from '@/features/ceremony/lib/screen-socket';
import { SignatureFeed } from '@/features/ceremony/lib/signature-feed';
import { ceremonySocketUrl } from '@/features/ceremony/lib/socket-url';
import type { Declaration, DeclarationText, SignatoryStatus } from '@/features/ceremony/types';

import '@/features/ceremony/components/big-screen.css';

/** A signature block's place on the declaration, from the ceremony or from the sealed record. */
export interface BlockOf {
  signatoryId: string;
  cityName: LocalizedText;
  name: LocalizedText;
  title?: LocalizedText | null;
  status: SignatoryStatus | 'confirmed' | 'absent';
}

/**
 * Every stroke the screen has been sent, taken once per (signatory, seq), and the connection's
 * state. Messages come at up to 30 a second per tablet: the screen renders at most once a frame.
 */
function useScreenFeed(ceremonyId: string, token: string, onChanged: (event: string) => void) {
  const [feed] = useState(() => new SignatureFeed());
  const [, setFrame] = useState(0);
  const [connection, setConnection] = useState<ScreenConnection>({ state: 'connecting' });
  const onChangedRef = useRef(onChanged);
  useEffect(() => {
    onChangedRef.current = onChanged;
  });

  useEffect(() => {
    let frame: number | null = null;
    const redraw = () => {
      frame ??= requestAnimationFrame(() => {
        frame = null;
        setFrame((n) => n + 1);
      });
    };
    const socket = connectScreen({
      url: ceremonySocketUrl(ceremonyId, 'screen'),
      token,
      onConnection: setConnection,
      onMessage: (message) => {
        if (message.type === 'changed') {
          onChangedRef.current(message.event);
        } else if (message.type === 'clear') {
          if (feed.addClear(message.signatoryId, message.seq)) {
            redraw();
          }
        } else if (
          feed.addStrokes(message.signatoryId, {
            seq: message.seq,
            points: message.points,
            acceptedAt: message.acceptedAt,
          })
        ) {
          redraw();
        }
      },
    });
    return () => {
      socket.close();
      if (frame !== null) {
        cancelAnimationFrame(frame);
      }
    };
  }, [ceremonyId, token, feed]);

  return { feed, connection };
}

function formatDay(day: string | null, language: Language): string | null {
  if (!day) {
    return null;
  }
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
        date,
      );
}

function DeclarationVersion({
  text,
  language,
  signedOn,
}: {
  text: DeclarationText | null;
  language: Language;
  signedOn: string | null;
}) {
  if (!text) {
    return null;
  }
  const day = formatDay(signedOn, language);
  return (
    <section
      className="big-screen__version"
      lang={language}
      data-testid={`declaration-${language}`}
    >
      <h2>{text.title}</h2>
      {text.preamble && <p>{text.preamble}</p>}
      <ol className="big-screen__articles">
        {text.articles.map((article, index) => (
          // Articles have no id of their own; their place is what they are.
          <li key={index}>{article}</li>
        ))}
      </ol>
      <p className="big-screen__place">{day ? `${text.place}, ${day}` : text.place}</p>
    </section>
  );
}

/** The declaration as written in both languages, side by side (rendered again only when it changes). */
export const DeclarationBothLanguages = memo(function DeclarationBothLanguages({
  declaration,
}: {
  declaration: Declaration;
}) {
  return (
    <div className="big-screen__declaration">
      <DeclarationVersion
        text={declaration.zhHant}
        language="zh-Hant"
        signedOn={declaration.signedOn}
      />
      <DeclarationVersion text={declaration.en} language="en" signedOn={declaration.signedOn} />
    </div>
  );
});

/** The signature blocks in signing order, each with the batches `batchesOf` gives it. */
export function SignatureBlocks({
  blocks,
  batchesOf,
}: {
  blocks: readonly BlockOf[];
  batchesOf: (signatoryId: string) => Parameters<typeof SignatureBlock>[0]['batches'];
}) {
  const { t } = useTranslation();
  return (
    <ol className="signature-blocks" aria-label={t('ceremony.screen.signatures')}>
      {blocks.map((block) => (
        <li key={block.signatoryId}>
          <SignatureBlock
            signatoryId={block.signatoryId}
            cityName={block.cityName}
            name={block.name}
            title={block.title}
            status={block.status}
            batches={batchesOf(block.signatoryId)}
          />
        </li>
      ))}
    </ol>
  );
}

function ConnectionState({ connection }: { connection: ScreenConnection }) {
  const { t } = useTranslation();
  const text =
    connection.state === 'live'
      ? t('ceremony.screen.connection.live')
      : connection.state === 'offline'
        ? t('ceremony.screen.connection.offline')
        : connection.state === 'connecting'
          ? t('ceremony.screen.connection.connecting')
          : t('ceremony.screen.connection.refused', { reason: connection.reason });
  return (
    <p className="big-screen__connection" role="status" data-testid="screen-connection">
      {text}
    </p>
  );
}

function Sealed({
  ceremonyId,
  verificationPath,
  replayPath,
}: {
  ceremonyId: string;
  verificationPath: string;
  replayPath: string;
}) {
  const { t } = useTranslation();
  const record = useSealedRecord(ceremonyId);
  return (
    <section className="big-screen__sealed" data-testid="screen-sealed" aria-live="polite">
      <h2>{t('ceremony.screen.sealed.title')}</h2>
      {record.isError && <ErrorMessage error={record.error} />}
      {record.data && (
        <p>
          {t('ceremony.screen.sealed.fingerprint')}{' '}
          <code className="big-screen__fingerprint" data-testid="screen-fingerprint">
            {record.data.fingerprint}
          </code>
        </p>
      )}
      <ul className="button-row">
        <li>
          <a className="button button--secondary" href={sealedPdfPath(ceremonyId)}>
            {t('ceremony.screen.sealed.pdf')}
          </a>
        </li>
        <li>
          <a className="button button--secondary" href={verificationPath}>
            {t('ceremony.screen.sealed.verify')}
          </a>
        </li>
        <li>
          <a className="button button--secondary" href={replayPath}>
            {t('ceremony.screen.sealed.replay')}
          </a>
        </li>
      </ul>
    </section>
  );
}

interface BigScreenProps {
  ceremonyId: string;
  /** The screen's device token. */
  token: string;
  /** Where the public verification page and the replay of this ceremony are. */
  verificationPath: string;
  replayPath: string;
}

/**
 * The big screen: the declaration in both languages and a block per signatory, where each stroke
 * appears as the tablets send it. It is sent everything already signed when it connects (again),
 * and refetches the ceremony when the server says it changed; at the seal it shows the
 * fingerprint and where to download and verify the sealed declaration.
 */
export function BigScreen({ ceremonyId, token, verificationPath, replayPath }: BigScreenProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const ceremony = useCeremony(ceremonyId, token);
  const { feed, connection } = useScreenFeed(ceremonyId, token, () => {
    void queryClient.invalidateQueries({ queryKey: ceremonyQueryKey(ceremonyId) });
  });

  if (ceremony.isPending) {
    return <p role="status">{t('ceremony.screen.loading')}</p>;
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
  const { declaration, signatories } = ceremony.data;
  const sealed = ceremony.data.ceremony.state === 'sealed';
  return (
    <div className="big-screen" data-testid="big-screen">
      <header>
        <BilingualText
          text={ceremony.data.ceremony.name}
          as="h1"
          className="page__title big-screen__title"
        />
        <ConnectionState connection={connection} />
      </header>
      {ceremony.isRefetchError && <ErrorMessage error={ceremony.error} />}
      {sealed && (
        <Sealed
          ceremonyId={ceremonyId}
          verificationPath={verificationPath}
          replayPath={replayPath}
        />
      )}
      <div className="big-screen__stage">
        <DeclarationBothLanguages declaration={declaration} />
        <SignatureBlocks
          blocks={[...signatories].sort((a, b) => a.position - b.position)}
          batchesOf={(id) => {
            // A confirmed signature ends at the batch it was confirmed with: nothing after it is drawn.
            const confirmedSeq = signatories.find((s) => s.signatoryId === id)?.confirmedSeq;
            const batches = feed.batchesOf(id);
            return confirmedSeq == null ? batches : batches.filter((b) => b.seq <= confirmedSeq);
          }}
        />
      </div>
    </div>
  );
}
