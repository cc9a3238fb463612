import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { localize, useLanguage } from '@/lib/i18n';

import { useAppointHead } from '@/features/cities/api/appoint-head';
import { useDesignateSignatory } from '@/features/cities/api/designate-signatory';
import { signs } from '@/features/cities/api/get-cities';
import type { CityDetail, Delegate } from '@/features/cities/api/get-city';
import { useRemoveDelegate } from '@/features/cities/api/remove-delegate';
import { useWithdrawSignatory } from '@/features/cities/api/withdraw-signatory';
import { BilingualText } from '@/components/ui/bilingual-text';
import { ConfirmButton } from '@/features/cities/components/confirm-button';
import { formatDay, languageNames } from '@/features/cities/utils/display-names';

interface DelegationTableProps {
  city: CityDetail;
  /** Organisers may change an attending city's delegation. */
  manage: boolean;
  /** Opens the form that changes `delegate`. */
  onEdit: (delegate: Delegate) => void;
  labelledBy: string;
}

/**
 * The city's delegates with their head and signatory marked; their contact and travel details
 * too, when the server includes them for this viewer.
 */
export function DelegationTable({ city, manage, onEdit, labelledBy }: DelegationTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const appointHead = useAppointHead();
  const designate = useDesignateSignatory();
  const withdrawSignatory = useWithdrawSignatory();
  const remove = useRemoveDelegate();
  // The last action that failed, shown until the next one succeeds.
  const [failure, setFailure] = useState<Error | null>(null);
  const outcome = {
    onSuccess: () => {
      setFailure(null);
    },
    onError: setFailure,
  };
  const busy =
    appointHead.isPending || designate.isPending || withdrawSignatory.isPending || remove.isPending;

  if (city.delegates.length === 0) {
    return <p className="notice">{t('delegates.empty')}</p>;
  }
  const privateColumns =
    city.privateDetails || city.delegates.some((delegate) => delegate.email !== null);
  const none = t('cities.none');
  const columns = privateColumns ? 9 : 4;
  const day = (value: string | null) => (value ? formatDay(value, language) : none);

  return (
    <>
      {failure && <ErrorMessage error={failure} />}
      <div className="table-scroll">
        <table
          className="table table--fit"
          aria-labelledby={labelledBy}
          data-testid="delegation-table"
        >
          <thead>
            <tr>
              <th scope="col">{t('delegates.columns.name')}</th>
              <th scope="col">{t('delegates.columns.title')}</th>
              <th scope="col">{t('delegates.columns.languages')}</th>
              <th scope="col">{t('delegates.columns.needsInterpretation')}</th>
              {privateColumns && (
                <>
                  <th scope="col">{t('delegates.columns.email')}</th>
                  <th scope="col">{t('delegates.columns.phone')}</th>
                  <th scope="col">{t('delegates.columns.arrivesOn')}</th>
                  <th scope="col">{t('delegates.columns.departsOn')}</th>
                  <th scope="col">{t('delegates.columns.preferredLanguage')}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {city.delegates.map((delegate) => {
              const isHead = city.headOfDelegationId === delegate.id;
              const isSignatory = city.signatoryId === delegate.id;
              const name = localize(delegate.name, language);
              const who = (
                <>
                  {' '}
                  <span className="visually-hidden">{name}</span>
                </>
              );
              return (
                <Fragment key={delegate.id}>
                  <tr
                    className={manage ? 'table__row--followed' : undefined}
                    data-testid={`delegate-${delegate.id}`}
                  >
                    <th scope="row">
                      <BilingualText text={delegate.name} />
                      {(isHead || isSignatory) && (
                        <ul className="tags tags--inline">
                          {isHead && (
                            <li
                              className="tag tag--head"
                              data-testid={`delegate-head-${delegate.id}`}
                            >
                              {t('delegates.head')}
                            </li>
                          )}
                          {isSignatory && (
                            <li
                              className="tag tag--signatory"
                              data-testid={`delegate-signatory-${delegate.id}`}
                            >
                              {t('delegates.signatory')}
                            </li>
                          )}
                        </ul>
                      )}
                    </th>
                    <td>
                      <BilingualText text={delegate.title} />
                    </td>
                    <td>{languageNames(delegate.languages, language)}</td>
                    <td>{delegate.needsInterpretation ? t('delegates.yes') : t('delegates.no')}</td>
                    {privateColumns && (
                      <>
                        <td className="table__breakable">
                          {delegate.email ? (
                            <a href={`mailto:${delegate.email}`}>{delegate.email}</a>
                          ) : (
                            none
                          )}
                        </td>
                        <td className="table__nowrap">{delegate.phone ?? none}</td>
                        <td>{day(delegate.arrivesOn)}</td>
                        <td>{day(delegate.departsOn)}</td>
                        <td>
                          {delegate.preferredLanguage
                            ? t(`language.names.${delegate.preferredLanguage}`)
                            : none}
                        </td>
                      </>
                    )}
                  </tr>
                  {manage && (
                    <tr className="table__subrow" data-testid={`delegate-actions-${delegate.id}`}>
                      <td colSpan={columns}>
                        <div
                          className="button-row button-row--tight"
                          role="group"
                          aria-label={t('delegates.actions.label', { name })}
                        >
                          <button
                            type="button"
                            className="button button--small button--secondary"
                            disabled={busy}
                            onClick={() => {
                              onEdit(delegate);
                            }}
                            data-testid={`delegate-edit-${delegate.id}`}
                          >
                            {t('delegates.actions.edit')}
                            {who}
                          </button>
                          {!isHead && (
                            <button
                              type="button"
                              className="button button--small button--secondary"
                              disabled={busy}
                              onClick={() => {
                                appointHead.mutate(
                                  { cityId: city.id, delegateId: delegate.id },
                                  outcome,
                                );
                              }}
                              data-testid={`delegate-make-head-${delegate.id}`}
                            >
                              {t('delegates.actions.makeHead')}
                              {who}
                            </button>
                          )}
                          {signs(city.role) &&
                            (isSignatory ? (
                              <button
                                type="button"
                                className="button button--small button--secondary"
                                disabled={busy}
                                onClick={() => {
                                  withdrawSignatory.mutate(city.id, outcome);
                                }}
                                data-testid={`delegate-withdraw-signatory-${delegate.id}`}
                              >
                                {t('delegates.actions.withdrawSignatory')}
                                {who}
                              </button>
                            ) : (
                              // A city has one signatory: another is designated only after withdrawing the first.
                              city.signatoryId === null && (
                                <button
                                  type="button"
                                  className="button button--small button--secondary"
                                  disabled={busy}
                                  onClick={() => {
                                    designate.mutate(
                                      { cityId: city.id, delegateId: delegate.id },
                                      outcome,
                                    );
                                  }}
                                  data-testid={`delegate-designate-${delegate.id}`}
                                >
                                  {t('delegates.actions.designate')}
                                  {who}
                                </button>
                              )
                            ))}
                          <ConfirmButton
                            question={t('delegates.actions.removeQuestion', { name })}
                            confirmLabel={t('delegates.actions.removeConfirm')}
                            pending={busy}
                            onConfirm={() => {
                              remove.mutate({ cityId: city.id, delegateId: delegate.id }, outcome);
                            }}
                            testId={`delegate-remove-${delegate.id}`}
                          >
                            {t('delegates.actions.remove')}
                            {who}
                          </ConfirmButton>
                        </div>
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
