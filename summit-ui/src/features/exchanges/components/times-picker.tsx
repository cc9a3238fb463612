import { useTranslation } from 'react-i18next';

import { localize, useLanguage } from '@/lib/i18n';

import type { BlockTimes } from '@/features/exchanges/api/get-exchange-times';
import type { ExchangeTimeRange } from '@/features/exchanges/api/get-my-exchanges';
import { clockTime, formatDay } from '@/features/exchanges/utils/format-time';

interface TimesPickerProps {
  legend: string;
  blocks: readonly BlockTimes[];
  chosen: readonly ExchangeTimeRange[];
  onChange: (chosen: ExchangeTimeRange[]) => void;
  testId: string;
}

const sameTime = (a: ExchangeTimeRange, b: ExchangeTimeRange) =>
  a.startsAt === b.startsAt && a.endsAt === b.endsAt;

/** The slots of every exchange block, each a checkbox, grouped by block: times one would prefer. */
export function TimesPicker({ legend, blocks, chosen, onChange, testId }: TimesPickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <fieldset className="field exchange-times" data-testid={testId}>
      <legend className="field__label">{legend}</legend>
      {blocks.length === 0 ? (
        <p className="field__hint">{t('exchanges.times.none')}</p>
      ) : (
        blocks.map((block) => (
          <div key={block.blockId} className="exchange-times__block">
            <p className="exchange-times__title">
              {formatDay(block.startsAt, language)} · {localize(block.place, language)}
            </p>
            <ul className="exchange-times__slots">
              {block.slots.map((slot) => {
                const checked = chosen.some((time) => sameTime(time, slot));
                return (
                  <li key={slot.startsAt}>
                    <label className="picker__option">
                      <input
                        type="checkbox"
                        checked={checked}
                        aria-label={t('exchanges.times.slot', {
                          day: formatDay(slot.startsAt, language),
                          start: clockTime(slot.startsAt),
                          end: clockTime(slot.endsAt),
                        })}
                        onChange={() => {
                          onChange(
                            checked
                              ? chosen.filter((time) => !sameTime(time, slot))
                              : [...chosen, { startsAt: slot.startsAt, endsAt: slot.endsAt }],
                          );
                        }}
                      />
                      {clockTime(slot.startsAt)}–{clockTime(slot.endsAt)}
                    </label>
                  </li>
                );
              })}
            </ul>
          </div>
        ))
      )}
    </fieldset>
  );
}
