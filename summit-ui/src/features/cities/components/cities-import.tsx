import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useReveal } from '@/components/ui/use-reveal';
import { hasStatus, type ApiError } from '@/lib/api-client';
import { useProblemText } from '@/lib/problem-text';

import {
  importTemplatePath,
  useImportCities,
  type ImportReport,
} from '@/features/cities/api/import-cities';

const reportItems = [
  'rows',
  'citiesRegistered',
  'citiesUpdated',
  'delegatesAdded',
  'delegatesUpdated',
  'unchangedDelegates',
  'signatoriesDesignated',
  'headsAppointed',
] as const satisfies readonly (keyof ImportReport)[];

/**
 * Uploads a CSV file of cities and delegates. The server checks the whole file first: either it
 * imports everything and reports what changed, or nothing, and this lists every bad row.
 */
export function CitiesImport() {
  const { t } = useTranslation();
  const importer = useImportCities();
  const fileId = useId();
  const hintId = `${fileId}-hint`;
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState(false);
  // A new key empties the file input once its file has been imported.
  const [inputKey, setInputKey] = useState(0);

  const missing = checked && file === null;
  const rejected =
    hasStatus(importer.error, 400) && (importer.error.problem?.errors?.length ?? 0) > 0
      ? importer.error
      : null;

  return (
    <>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (file === null) {
            return;
          }
          importer.mutate(file, {
            onSuccess: () => {
              setFile(null);
              setChecked(false);
              setInputKey((key) => key + 1);
            },
          });
        }}
      >
        <ErrorSummary messages={[missing && t('cities.import.fileMissing')]} />
        <div className="field">
          <label className="field__label" htmlFor={fileId}>
            {t('cities.import.file')}
          </label>
          <input
            key={inputKey}
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            className="field__input field__input--file"
            aria-describedby={hintId}
            aria-invalid={missing ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
            }}
            data-testid="cities-import-file"
          />
          <p id={hintId} className="field__hint">
            {t('cities.import.hint')}
          </p>
        </div>
        <div className="button-row">
          <button
            type="submit"
            className="button"
            disabled={importer.isPending}
            data-testid="cities-import-submit"
          >
            {importer.isPending ? t('cities.import.submitting') : t('cities.import.submit')}
          </button>
          <a
            href={importTemplatePath}
            download
            className="button button--secondary"
            data-testid="cities-import-template"
          >
            {t('cities.import.template')}
          </a>
        </div>
      </form>
      {importer.isSuccess && <Report report={importer.data} />}
      {rejected ? (
        <Rejection error={rejected} />
      ) : (
        importer.isError && <ErrorMessage error={importer.error} />
      )}
    </>
  );
}

function Report({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const reveal = useReveal();
  return (
    <section
      ref={reveal}
      tabIndex={-1}
      className="panel"
      aria-live="polite"
      data-testid="cities-import-report"
    >
      <p>{t('cities.import.done')}</p>
      <dl className="facts facts--compact">
        {reportItems.map((item) => (
          <div key={item} className="facts__item">
            <dt>{t(`cities.import.report.${item}`)}</dt>
            <dd data-testid={`cities-import-${item}`}>{report[item]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * Every problem the server found, by line; nothing of the file was imported. The sentence above
 * the table counts the problems and the rows of that table, so the two always agree.
 */
function Rejection({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const explain = useProblemText();
  const titleId = useId();
  const problem = error.problem;
  const problems = problem?.errors ?? [];
  return (
    <section className="import-rejection">
      <div className="error-message" role="alert">
        <p id={titleId} className="error-message__title">
          {problems.length > 0
            ? t('cities.import.rejected', {
                count: problems.length,
                problems: t('cities.import.problemCount', { count: problems.length }),
                rows: t('cities.import.rowCount', {
                  count: new Set(problems.map((row) => row.line ?? 0)).size,
                }),
              })
            : problem?.code
              ? explain({ code: problem.code, args: problem.args }, problem.detail)
              : t('errors.title')}
        </p>
      </div>
      <div className="table-scroll">
        <table className="table" aria-labelledby={titleId} data-testid="cities-import-errors">
          <thead>
            <tr>
              <th scope="col">{t('cities.import.columns.line')}</th>
              <th scope="col">{t('cities.import.columns.column')}</th>
              <th scope="col">{t('cities.import.columns.message')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr
                key={`${problem.line ?? ''}-${problem.field}-${index}`}
                data-testid="cities-import-error"
              >
                <td className="table__nowrap">{problem.line ?? t('cities.none')}</td>
                <td className="table__nowrap">
                  <code>{problem.field}</code>
                </td>
                <td>{explain(problem, problem.message)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
