import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { useReveal } from '@/components/ui/use-reveal';
import { formatDateTime, localize, useLanguage } from '@/lib/i18n';

import { useAddDelegate } from '@/features/cities/api/add-delegate';
import { signs } from '@/features/cities/api/get-cities';
import { useCity, type CityDetail, type Delegate } from '@/features/cities/api/get-city';
import { useUpdateCity } from '@/features/cities/api/update-city';
import { useUpdateDelegate } from '@/features/cities/api/update-delegate';
import { useWithdrawCity } from '@/features/cities/api/withdraw-city';
import { BilingualText } from '@/components/ui/bilingual-text';
import { CityForm } from '@/features/cities/components/city-form';
import { CityTags } from '@/features/cities/components/city-tags';
import { ConfirmButton } from '@/features/cities/components/confirm-button';
import { DelegateForm } from '@/features/cities/components/delegate-form';
import { DelegationTable } from '@/features/cities/components/delegation-table';
import { splitBilingual } from '@/lib/bilingual';
import { timeZoneName } from '@/lib/choices';

import { countryName } from '@/features/cities/utils/display-names';

/** Which form is open: only one at a time. */
type Editing = { form: 'city' } | { form: 'add' } | { form: 'delegate'; delegateId: string } | null;

interface CityDetailsProps {
  id: string;
  /** Organisers may change the city and its delegation while it attends. */
  canManage: boolean;
}

/** A city's details and its delegation; for organisers, the tools to change them. */
export function CityDetails({ id, canManage }: CityDetailsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const city = useCity(id);
  const delegationId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<string | null>(null);
  const reveal = useReveal();

  if (city.isPending) {
    return <p role="status">{t('cities.loadingOne')}</p>;
  }
  if (city.isError) {
    return (
      <ErrorMessage
        error={city.error}
        onRetry={() => {
          void city.refetch();
        }}
      />
    );
  }

  const detail = city.data;
  const manage = canManage && detail.attending;
  const { primary, secondary } = splitBilingual(detail.name, language);
  // The delegate as the server last sent them, so that a change is based on their latest version.
  const edited =
    editing?.form === 'delegate'
      ? detail.delegates.find((delegate) => delegate.id === editing.delegateId)
      : undefined;
  const close = (message: string) => {
    setEditing(null);
    setDone(message);
  };
  const open = (next: Editing) => {
    setEditing(next);
    setDone(null);
  };

  return (
    <div data-testid={`city-detail-${detail.id}`}>
      <h1 className="page__title" lang={primary.lang}>
        {primary.text}
      </h1>
      {secondary && (
        <p className="page__lead city-other-name" lang={secondary.lang}>
          {secondary.text}
        </p>
      )}
      <CityTags city={detail} />
      {!detail.attending && (
        <p className="notice" data-testid="city-withdrawn-notice">
          {detail.withdrawnAt
            ? t('cities.withdrawnAt', { date: formatDateTime(detail.withdrawnAt, language) })
            : t('cities.withdrawnNotice')}
        </p>
      )}
      {done && (
        <p
          key={done}
          ref={reveal}
          tabIndex={-1}
          className="notice notice--success"
          role="status"
          data-testid="city-saved"
        >
          {done}
        </p>
      )}
      {editing?.form === 'city' ? (
        <section className="page__section">
          <h2 className="page__subtitle">{t('cities.edit.title')}</h2>
          <EditCity
            city={detail}
            onDone={() => {
              close(t('cities.edit.done'));
            }}
            onCancel={() => {
              setEditing(null);
            }}
          />
        </section>
      ) : (
        <>
          <CityFacts city={detail} />
          {manage && (
            <div className="button-row">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  open({ form: 'city' });
                }}
                data-testid="city-edit"
              >
                {t('cities.edit.open')}
              </button>
              <WithdrawCity city={detail} />
            </div>
          )}
        </>
      )}

      <section className="page__section" aria-labelledby={delegationId}>
        <h2 id={delegationId} className="page__subtitle">
          {t('delegates.title')}
        </h2>
        <DelegationTable
          city={detail}
          manage={manage}
          labelledBy={delegationId}
          onEdit={(delegate) => {
            open({ form: 'delegate', delegateId: delegate.id });
          }}
        />
        {manage && edited && (
          <section className="panel panel--form">
            <h3 className="page__subtitle">
              {t('delegates.edit.title', { name: localize(edited.name, language) })}
            </h3>
            <EditDelegate
              // A new form for each delegate, filled with their details.
              key={edited.id}
              cityId={detail.id}
              delegate={edited}
              onDone={() => {
                close(t('delegates.edit.done'));
              }}
              onCancel={() => {
                setEditing(null);
              }}
            />
          </section>
        )}
        {manage &&
          (editing?.form === 'add' ? (
            <section className="panel panel--form">
              <h3 className="page__subtitle">{t('delegates.add.title')}</h3>
              <AddDelegate
                cityId={detail.id}
                onDone={() => {
                  close(t('delegates.add.done'));
                }}
                onCancel={() => {
                  setEditing(null);
                }}
              />
            </section>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => {
                open({ form: 'add' });
              }}
              data-testid="delegate-add"
            >
              {t('delegates.add.open')}
            </button>
          ))}
      </section>
    </div>
  );
}

function CityFacts({ city }: { city: CityDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = t('cities.none');
  const delegateName = (delegateId: string | null) => {
    const delegate = city.delegates.find((member) => member.id === delegateId);
    return delegate ? <BilingualText text={delegate.name} /> : null;
  };
  const head = delegateName(city.headOfDelegationId);
  const signatory = delegateName(city.signatoryId);

  return (
    <dl className="facts" data-testid="city-facts">
      <div className="facts__item">
        <dt>{t('cities.fields.role')}</dt>
        <dd>{t(`cities.roles.${city.role}`)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('cities.fields.kind')}</dt>
        <dd>{t(`cities.kinds.${city.kind}`)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('cities.fields.country')}</dt>
        <dd>{countryName(city.country, language)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('cities.fields.timeZone')}</dt>
        <dd>{timeZoneName(city.timeZone, language)}</dd>
      </div>
      <div className="facts__item facts__item--wide">
        <dt>{t('cities.fields.description')}</dt>
        <dd>{city.description ? <BilingualText text={city.description} as="p" /> : none}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('delegates.head')}</dt>
        <dd data-testid="city-head">{head ?? t('cities.noHead')}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('delegates.signatory')}</dt>
        <dd data-testid="city-signatory">
          {signs(city.role)
            ? (signatory ?? (
                <span className="status status--warning">{t('cities.noSignatory')}</span>
              ))
            : t('cities.observersDoNotSign')}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('cities.fields.delegates')}</dt>
        <dd>{city.delegateCount}</dd>
      </div>
    </dl>
  );
}

function EditCity({
  city,
  onDone,
  onCancel,
}: {
  city: CityDetail;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateCity();
  return (
    <CityForm
      city={city}
      submitLabel={t('cities.edit.submit')}
      submittingLabel={t('cities.edit.submitting')}
      pending={update.isPending}
      error={update.error}
      onSubmit={(request) => {
        update.mutate(
          { id: city.id, request: { ...request, version: city.version } },
          { onSuccess: onDone },
        );
      }}
      onCancel={onCancel}
      testIdPrefix="city-edit"
    />
  );
}

function WithdrawCity({ city }: { city: CityDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const withdraw = useWithdrawCity();
  return (
    <>
      <ConfirmButton
        question={t('cities.withdraw.question', { name: localize(city.name, language) })}
        confirmLabel={t('cities.withdraw.confirm')}
        pending={withdraw.isPending}
        onConfirm={() => {
          withdraw.mutate(city.id);
        }}
        testId="city-withdraw"
        small={false}
      >
        {t('cities.withdraw.open')}
      </ConfirmButton>
      {withdraw.isError && <ErrorMessage error={withdraw.error} />}
    </>
  );
}

function AddDelegate({
  cityId,
  onDone,
  onCancel,
}: {
  cityId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddDelegate();
  return (
    <DelegateForm
      submitLabel={t('delegates.add.submit')}
      submittingLabel={t('delegates.add.submitting')}
      pending={add.isPending}
      error={add.error}
      onSubmit={(request) => {
        add.mutate({ cityId, request }, { onSuccess: onDone });
      }}
      onCancel={onCancel}
      testIdPrefix="delegate-add"
    />
  );
}

function EditDelegate({
  cityId,
  delegate,
  onDone,
  onCancel,
}: {
  cityId: string;
  delegate: Delegate;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateDelegate();
  return (
    <DelegateForm
      delegate={delegate}
      submitLabel={t('delegates.edit.submit')}
      submittingLabel={t('delegates.edit.submitting')}
      pending={update.isPending}
      error={update.error}
      onSubmit={(request) => {
        update.mutate(
          {
            cityId,
            delegateId: delegate.id,
            request: { ...request, version: delegate.version },
          },
          { onSuccess: onDone },
        );
      }}
      onCancel={onCancel}
      testIdPrefix="delegate-editor"
    />
  );
}
