import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useServerErrors } from '@/components/errors/use-server-errors';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { FormActions } from '@/components/ui/form-actions';
import { MultiPickerField } from '@/components/ui/multi-picker-field';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { localize, useLanguage } from '@/lib/i18n';

import { useExchangeCities } from '@/features/exchanges/api/get-exchange-cities';
import { useExchangeTimes } from '@/features/exchanges/api/get-exchange-times';
import type { Exchange, ExchangeTimeRange } from '@/features/exchanges/api/get-my-exchanges';
import { useRequestExchange } from '@/features/exchanges/api/request-exchange';
import { MembersPicker } from '@/features/exchanges/components/members-picker';
import { TimesPicker } from '@/features/exchanges/components/times-picker';
import { themes, type Theme } from '@/features/exchanges/utils/topics';

type Topic = Theme | 'SUBJECT';

interface RequestExchangeFormProps {
  onRequested: (exchange: Exchange) => void;
  onCancel: () => void;
}

/**
 * Asking other cities for an exchange: the cities from a list (several for a multilateral
 * exchange), a theme of the declaration or a subject in both languages, a note in both
 * languages, who of my delegation attends, the slots I would prefer, and interpretation.
 */
export function RequestExchangeForm({ onRequested, onCancel }: RequestExchangeFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cities = useExchangeCities();
  const times = useExchangeTimes();
  const request = useRequestExchange();
  const server = useServerErrors(request.error);

  const [invited, setInvited] = useState<string[]>([]);
  const [topic, setTopic] = useState<Topic>('SMART_PUBLIC_SERVICES');
  const [subject, setSubject] = useState({ 'zh-Hant': '', en: '' });
  const [note, setNote] = useState({ 'zh-Hant': '', en: '' });
  const [members, setMembers] = useState<string[]>([]);
  const [preferred, setPreferred] = useState<ExchangeTimeRange[]>([]);
  const [interpretation, setInterpretation] = useState(false);

  const cityChoices = useMemo(
    () =>
      (cities.data ?? []).map((city) => ({
        value: city.id,
        label: localize(city.name, language),
        keywords: `${city.name.en} ${city.name['zh-Hant']}`,
      })),
    [cities.data, language],
  );
  const topicOptions = [
    ...themes.map((theme) => ({ value: theme, label: t(`exchanges.themes.${theme}`) })),
    { value: 'SUBJECT' as Topic, label: t('exchanges.request.freeSubject') },
  ];

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    request.mutate(
      {
        invitedCityIds: invited,
        theme: topic === 'SUBJECT' ? null : topic,
        subject: topic === 'SUBJECT' ? subject : null,
        note,
        memberIds: members,
        preferredTimes: preferred,
        interpretation,
      },
      { onSuccess: onRequested },
    );
  }

  const loadError = cities.error ?? times.error;
  if (loadError) {
    return (
      <ErrorMessage
        error={loadError}
        onRetry={() => {
          void cities.refetch();
          void times.refetch();
        }}
      />
    );
  }
  if (cities.data === undefined || times.data === undefined) {
    return <p role="status">{t('exchanges.loading')}</p>;
  }
  return (
    <form
      className="form form--wide panel panel--form"
      onSubmit={submit}
      aria-label={t('exchanges.request.title')}
      data-testid="exchange-request-form"
      noValidate
    >
      {server.any ? (
        <ErrorSummary messages={server.summary} />
      ) : (
        request.error && <ErrorMessage error={request.error} />
      )}
      <MultiPickerField
        label={t('exchanges.request.cities')}
        hint={t('exchanges.request.citiesHint')}
        values={invited}
        choices={cityChoices}
        onChange={setInvited}
        error={server.field('invitedCityIds')}
        data-testid="exchange-request-cities"
      />
      <SelectField
        label={t('exchanges.request.topic')}
        value={topic}
        options={topicOptions}
        onChange={setTopic}
        error={server.field('theme')}
        data-testid="exchange-request-topic"
      />
      {topic === 'SUBJECT' && (
        <div className="field-pair">
          <TextField
            label={t('exchanges.request.subjectZh')}
            data-testid="exchange-request-subject-zh"
            lang="zh-Hant"
            value={subject['zh-Hant']}
            onChange={(event) => {
              setSubject({ ...subject, 'zh-Hant': event.target.value });
            }}
            error={server.field('subject', 'subject.zh-Hant')}
          />
          <TextField
            label={t('exchanges.request.subjectEn')}
            data-testid="exchange-request-subject-en"
            lang="en"
            value={subject.en}
            onChange={(event) => {
              setSubject({ ...subject, en: event.target.value });
            }}
            error={server.field('subject.en')}
          />
        </div>
      )}
      <div className="field-pair">
        <TextAreaField
          label={t('exchanges.request.noteZh')}
          data-testid="exchange-request-note-zh"
          lang="zh-Hant"
          value={note['zh-Hant']}
          onChange={(event) => {
            setNote({ ...note, 'zh-Hant': event.target.value });
          }}
          error={server.field('note', 'note.zh-Hant')}
        />
        <TextAreaField
          label={t('exchanges.request.noteEn')}
          data-testid="exchange-request-note-en"
          lang="en"
          value={note.en}
          onChange={(event) => {
            setNote({ ...note, en: event.target.value });
          }}
          error={server.field('note.en')}
        />
      </div>
      <MembersPicker
        legend={t('exchanges.request.members')}
        chosen={members}
        onChange={setMembers}
        error={server.field('memberIds')}
        testId="exchange-request-members"
      />
      <TimesPicker
        legend={t('exchanges.request.times')}
        blocks={times.data}
        chosen={preferred}
        onChange={setPreferred}
        testId="exchange-request-times"
      />
      <CheckboxField
        label={t('exchanges.request.interpretation')}
        checked={interpretation}
        onChange={(event) => {
          setInterpretation(event.target.checked);
        }}
        data-testid="exchange-request-interpretation"
      />
      <FormActions
        pending={request.isPending}
        submitLabel={t('exchanges.request.submit')}
        submittingLabel={t('exchanges.request.submitting')}
        onCancel={onCancel}
        cancelLabel={t('exchanges.cancelForm')}
        submitTestId="exchange-request-submit"
      />
    </form>
  );
}
