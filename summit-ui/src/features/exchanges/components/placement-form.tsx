import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { SelectField } from '@/components/ui/select-field';
import { localize, useLanguage } from '@/lib/i18n';

import type { ExchangeBlock } from '@/features/exchanges/api/get-exchange-blocks';
import type { Exchange } from '@/features/exchanges/api/get-my-exchanges';
import { usePlaceExchange } from '@/features/exchanges/api/place-exchange';
import { useUnpinExchange } from '@/features/exchanges/api/unpin-exchange';
import { clockTime, formatDay, formatSpan } from '@/features/exchanges/utils/format-time';

interface PlacementFormProps {
  exchange: Exchange;
  blocks: readonly ExchangeBlock[];
}

/**
 * Placing or moving an agreed exchange by hand: a block, one of its tables and one of its slots,
 * pinned or not; the server checks the same rules as scheduling and says which one breaks.
 */
export function PlacementForm({ exchange, blocks }: PlacementFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const current = exchange.placement;
  const usable = blocks.filter((block) => block.tables.length > 0 && block.slots.length > 0);
  const [open, setOpen] = useState(false);
  const [blockId, setBlockId] = useState(current?.blockId ?? usable[0]?.id ?? '');
  const block = usable.find((candidate) => candidate.id === blockId) ?? usable[0];
  const [tableId, setTableId] = useState(current?.tableId ?? '');
  const [startsAt, setStartsAt] = useState(current?.startsAt ?? '');
  const [pinned, setPinned] = useState(current?.pinned ?? true);
  const place = usePlaceExchange();
  const unpin = useUnpinExchange();
  const id = exchange.id;

  const table = block?.tables.find((candidate) => candidate.id === tableId) ?? block?.tables[0];
  const slot = block?.slots.find((candidate) => candidate.startsAt === startsAt) ?? block?.slots[0];

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!block || !table?.id || !slot) {
      return;
    }
    place.mutate(
      {
        exchangeId: id,
        body: { blockId: block.id, tableId: table.id, startsAt: slot.startsAt, pinned },
      },
      {
        onSuccess: () => {
          setOpen(false);
        },
      },
    );
  }

  return (
    <div className="exchange-placement">
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            place.reset();
            setOpen(!open);
          }}
          aria-expanded={open}
          data-testid={`exchange-place-open-${id}`}
        >
          {current ? t('exchanges.placement.move') : t('exchanges.placement.place')}
        </button>
        {current?.pinned && (
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={unpin.isPending}
            onClick={() => {
              unpin.mutate(id);
            }}
            data-testid={`exchange-unpin-${id}`}
          >
            {t('exchanges.placement.unpin')}
          </button>
        )}
      </div>
      {unpin.error && <ErrorMessage error={unpin.error} />}
      {open &&
        (usable.length === 0 || !block ? (
          <p className="notice">{t('exchanges.placement.noTables')}</p>
        ) : (
          <form
            className="form"
            onSubmit={submit}
            aria-label={t('exchanges.placement.title')}
            noValidate
            data-testid={`exchange-place-form-${id}`}
          >
            {place.error && <ErrorMessage error={place.error} />}
            <SelectField
              label={t('exchanges.placement.block')}
              value={block.id}
              options={usable.map((candidate) => ({
                value: candidate.id,
                label: `${formatSpan(candidate.startsAt, candidate.endsAt, language)} · ${localize(candidate.place, language)}`,
              }))}
              onChange={(chosen) => {
                setBlockId(chosen);
                setTableId('');
                setStartsAt('');
              }}
            />
            <SelectField
              label={t('exchanges.placement.table')}
              value={table?.id ?? ''}
              options={block.tables.map((candidate) => ({
                value: candidate.id ?? '',
                label: t(
                  candidate.interpretation
                    ? 'exchanges.placement.tableWithInterpretation'
                    : 'exchanges.placement.tableOption',
                  { name: localize(candidate.name, language), capacity: candidate.capacity },
                ),
              }))}
              onChange={setTableId}
            />
            <SelectField
              label={t('exchanges.placement.slot')}
              value={slot?.startsAt ?? ''}
              options={block.slots.map((candidate) => ({
                value: candidate.startsAt,
                label: `${formatDay(candidate.startsAt, language)} ${clockTime(candidate.startsAt)}–${clockTime(candidate.endsAt)}`,
              }))}
              onChange={setStartsAt}
            />
            <CheckboxField
              label={t('exchanges.placement.pinned')}
              checked={pinned}
              onChange={(event) => {
                setPinned(event.target.checked);
              }}
            />
            <div className="button-row">
              <button type="submit" className="button" disabled={place.isPending}>
                {t('exchanges.placement.submit')}
              </button>
            </div>
          </form>
        ))}
    </div>
  );
}
