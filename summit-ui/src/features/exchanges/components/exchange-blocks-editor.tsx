import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useServerErrors } from '@/components/errors/use-server-errors';
import { TextField } from '@/components/ui/text-field';
import { localize, useLanguage } from '@/lib/i18n';

import { useConfigureExchangeBlock } from '@/features/exchanges/api/configure-exchange-block';
import type { ExchangeBlock } from '@/features/exchanges/api/get-exchange-blocks';
import { formatSpan } from '@/features/exchanges/utils/format-time';

interface TableRow {
  key: string;
  id: string | null;
  zh: string;
  en: string;
  capacity: string;
  interpretation: boolean;
}

let added = 0;

/** The exchange blocks of the programme, each with its meeting length, place name and tables, editable. */
export function ExchangeBlocksEditor({ blocks }: { blocks: readonly ExchangeBlock[] }) {
  const { t } = useTranslation();
  return (
    <section className="page__section" aria-labelledby="exchange-blocks-heading">
      <h2 id="exchange-blocks-heading" className="page__subtitle">
        {t('exchanges.blocks.title')}
      </h2>
      <p>{t('exchanges.blocks.lead')}</p>
      {blocks.length === 0 ? (
        <p className="notice">{t('exchanges.blocks.none')}</p>
      ) : (
        blocks.map((block) => <BlockForm key={`${block.id}-${block.version}`} block={block} />)
      )}
    </section>
  );
}

function BlockForm({ block }: { block: ExchangeBlock }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const configure = useConfigureExchangeBlock();
  const server = useServerErrors(configure.error);
  const [minutes, setMinutes] = useState(String(block.meetingMinutes));
  const [place, setPlace] = useState({
    'zh-Hant': block.place['zh-Hant'],
    en: block.place.en,
  });
  const [rows, setRows] = useState<TableRow[]>(() =>
    block.tables.map((table) => ({
      key: table.id ?? `new-${added++}`,
      id: table.id ?? null,
      zh: table.name['zh-Hant'],
      en: table.name.en,
      capacity: String(table.capacity),
      interpretation: table.interpretation,
    })),
  );
  const [saved, setSaved] = useState(false);

  const change = (key: string, patch: Partial<TableRow>) => {
    setSaved(false);
    setRows(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  };

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    configure.mutate(
      {
        blockId: block.id,
        settings: {
          meetingMinutes: Number(minutes),
          place,
          tables: rows.map((row) => ({
            id: row.id,
            name: { 'zh-Hant': row.zh, en: row.en },
            capacity: Number(row.capacity),
            interpretation: row.interpretation,
          })),
          version: block.version,
        },
      },
      {
        onSuccess: () => {
          setSaved(true);
        },
      },
    );
  }

  const title = `${formatSpan(block.startsAt, block.endsAt, language)} · ${localize(block.title, language)}`;
  return (
    <form
      className="form form--wide panel panel--form exchange-block"
      onSubmit={submit}
      aria-label={title}
      noValidate
      data-testid={`exchange-block-${block.id}`}
    >
      <h3 className="exchange-card__title">{title}</h3>
      <p className="field__hint">{t('exchanges.blocks.slots', { count: block.slots.length })}</p>
      {server.any ? (
        <ErrorSummary messages={server.summary} />
      ) : (
        configure.error && <ErrorMessage error={configure.error} />
      )}
      {saved && (
        <p className="notice notice--success" role="status">
          {t('exchanges.blocks.saved')}
        </p>
      )}
      <div className="exchange-block__minutes">
        <TextField
          label={t('exchanges.blocks.minutes')}
          type="number"
          min={10}
          max={240}
          step={5}
          value={minutes}
          onChange={(event) => {
            setSaved(false);
            setMinutes(event.target.value);
          }}
          error={server.field('meetingMinutes')}
          data-testid={`exchange-block-minutes-${block.id}`}
        />
      </div>
      <div className="field-pair">
        <TextField
          label={t('exchanges.blocks.placeZh')}
          lang="zh-Hant"
          value={place['zh-Hant']}
          onChange={(event) => {
            setSaved(false);
            setPlace({ ...place, 'zh-Hant': event.target.value });
          }}
        />
        <TextField
          label={t('exchanges.blocks.placeEn')}
          lang="en"
          value={place.en}
          onChange={(event) => {
            setSaved(false);
            setPlace({ ...place, en: event.target.value });
          }}
        />
      </div>
      <fieldset className="field">
        <legend className="field__label">{t('exchanges.blocks.tables')}</legend>
        {rows.length === 0 ? (
          <p className="field__hint">{t('exchanges.blocks.noTables')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table table--fit">
              <thead>
                <tr>
                  <th scope="col">{t('exchanges.blocks.nameZh')}</th>
                  <th scope="col">{t('exchanges.blocks.nameEn')}</th>
                  <th scope="col">{t('exchanges.blocks.capacity')}</th>
                  <th scope="col">{t('exchanges.blocks.interpretation')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('exchanges.blocks.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => {
                  const number = index + 1;
                  return (
                    <tr key={row.key}>
                      <td>
                        <input
                          className="field__input"
                          lang="zh-Hant"
                          aria-label={t('exchanges.blocks.nameZhOf', { number })}
                          value={row.zh}
                          onChange={(event) => {
                            change(row.key, { zh: event.target.value });
                          }}
                        />
                      </td>
                      <td>
                        <input
                          className="field__input"
                          lang="en"
                          aria-label={t('exchanges.blocks.nameEnOf', { number })}
                          value={row.en}
                          onChange={(event) => {
                            change(row.key, { en: event.target.value });
                          }}
                        />
                      </td>
                      <td>
                        <input
                          className="field__input exchange-block__capacity"
                          type="number"
                          min={2}
                          aria-label={t('exchanges.blocks.capacityOf', { number })}
                          value={row.capacity}
                          onChange={(event) => {
                            change(row.key, { capacity: event.target.value });
                          }}
                        />
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('exchanges.blocks.interpretationOf', { number })}
                          checked={row.interpretation}
                          onChange={(event) => {
                            change(row.key, { interpretation: event.target.checked });
                          }}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          onClick={() => {
                            setSaved(false);
                            setRows(rows.filter((other) => other.key !== row.key));
                          }}
                        >
                          {t('exchanges.blocks.removeOf', { number })}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            setSaved(false);
            setRows([
              ...rows,
              {
                key: `new-${added++}`,
                id: null,
                zh: '',
                en: '',
                capacity: '6',
                interpretation: false,
              },
            ]);
          }}
          data-testid={`exchange-block-add-table-${block.id}`}
        >
          {t('exchanges.blocks.addTable')}
        </button>
      </fieldset>
      <div className="button-row">
        <button
          type="submit"
          className="button"
          disabled={configure.isPending}
          data-testid={`exchange-block-save-${block.id}`}
        >
          {t('exchanges.blocks.save')}
        </button>
      </div>
    </form>
  );
}
