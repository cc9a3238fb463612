import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useServerErrors } from '@/components/errors/use-server-errors';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { hasStatus } from '@/lib/api-client';

import {
  useCurrentCeremony,
  type CeremonyDetails,
  type Declaration,
  type DeclarationText,
} from '@/features/ceremony/api/get-current-ceremony';
import { useSaveDeclaration } from '@/features/ceremony/api/save-declaration';

import '@/features/ceremony/components/console.css';

/** The two language versions, as the API names them, with the language tag of their text. */
const versions = [
  { field: 'zhHant', lang: 'zh-Hant' },
  { field: 'en', lang: 'en' },
] as const;

type VersionField = (typeof versions)[number]['field'];

/** An article being edited, with a key of its own so that moving it keeps its input (and focus). */
interface EditedArticle {
  key: number;
  text: string;
}

interface EditedText {
  title: string;
  preamble: string;
  articles: EditedArticle[];
  place: string;
}

let nextArticleKey = 0;
const newArticle = (text = ''): EditedArticle => ({ key: nextArticleKey++, text });

const edited = (text: DeclarationText): EditedText => ({
  title: text.title,
  preamble: text.preamble,
  articles: text.articles.map((article) => newArticle(article)),
  place: text.place,
});

const sent = (text: EditedText): DeclarationText => ({
  title: text.title,
  preamble: text.preamble,
  articles: text.articles.map((article) => article.text),
  place: text.place,
});

/**
 * The organisers' editor of the current ceremony's declaration: both language versions side by
 * side, each as authored (they need not align article by article), and the date of signing. Once
 * the ceremony is made ready the text is locked, and the editor only shows it with its fingerprint.
 */
export function DeclarationEditor() {
  const { t } = useTranslation();
  const current = useCurrentCeremony();
  // Each save (or reload) starts the form again from what the server now holds.
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState(false);

  if (current.isPending) {
    return <p role="status">{t('ceremony.declaration.loading')}</p>;
  }
  if (current.isLoadingError) {
    return hasStatus(current.error, 404) ? (
      <p className="notice">{t('ceremony.declaration.none')}</p>
    ) : (
      <ErrorMessage
        error={current.error}
        onRetry={() => {
          void current.refetch();
        }}
      />
    );
  }
  if (current.data.ceremony.state !== 'draft') {
    return <LockedDeclaration details={current.data} />;
  }
  return (
    <DeclarationForm
      key={generation}
      details={current.data}
      saved={saved}
      onSaved={() => {
        setSaved(true);
        setGeneration((value) => value + 1);
      }}
      onReload={() => {
        void current.refetch().then(() => {
          setSaved(false);
          setGeneration((value) => value + 1);
        });
      }}
    />
  );
}

function DeclarationForm({
  details,
  saved,
  onSaved,
  onReload,
}: {
  details: CeremonyDetails;
  saved: boolean;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveDeclaration();
  const refused = useServerErrors(save.error);
  const [texts, setTexts] = useState<Record<VersionField, EditedText>>(() => ({
    zhHant: edited(details.declaration.zhHant),
    en: edited(details.declaration.en),
  }));
  const [signedOn, setSignedOn] = useState(details.declaration.signedOn);
  const { ceremony } = details;
  const stale = hasStatus(save.error, 409);

  const change = (field: VersionField, update: (text: EditedText) => EditedText) => {
    setTexts((all) => ({ ...all, [field]: update(all[field]) }));
  };

  return (
    <form
      className="form form--wide declaration-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          {
            ceremonyId: ceremony.id,
            edit: {
              version: ceremony.version,
              zhHant: sent(texts.zhHant),
              en: sent(texts.en),
              signedOn,
            },
          },
          { onSuccess: onSaved },
        );
      }}
    >
      <p data-testid="declaration-version">
        {t('ceremony.declaration.draft', { version: ceremony.declarationVersion })}
      </p>
      {saved && !save.isError && (
        <p className="notice notice--success" role="status" data-testid="declaration-saved">
          {t('ceremony.declaration.saved', { version: ceremony.declarationVersion })}
        </p>
      )}
      <ErrorSummary messages={refused.summary} />
      {save.isError && !refused.any && <ErrorMessage error={save.error} />}
      {stale && (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('ceremony.declaration.reload')}
        </button>
      )}
      <div className="declaration-editor__versions">
        {versions.map(({ field, lang }) => (
          <VersionEditor
            key={field}
            field={field}
            lang={lang}
            text={texts[field]}
            error={(name) => refused.field(`${field}.${name}`)}
            onChange={(update) => {
              change(field, update);
            }}
          />
        ))}
      </div>
      <div className="declaration-editor__date">
        <TextField
          type="date"
          label={t('ceremony.declaration.signedOn')}
          value={signedOn}
          required
          error={refused.field('signedOn')}
          onChange={(event) => {
            setSignedOn(event.target.value);
          }}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('ceremony.declaration.saving') : t('ceremony.declaration.save')}
        </button>
      </div>
    </form>
  );
}

function VersionEditor({
  field,
  lang,
  text,
  error,
  onChange,
}: {
  field: VersionField;
  lang: string;
  text: EditedText;
  error: (name: string) => string | undefined;
  onChange: (update: (text: EditedText) => EditedText) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const language = t(`ceremony.declaration.versions.${field}`);
  const articles = text.articles;
  const setArticles = (update: (articles: EditedArticle[]) => EditedArticle[]) => {
    onChange((current) => ({ ...current, articles: update(current.articles) }));
  };
  const move = (from: number, to: number) => {
    setArticles((list) => {
      const moved = [...list];
      const [article] = moved.splice(from, 1);
      if (article) {
        moved.splice(to, 0, article);
      }
      return moved;
    });
  };
  return (
    <fieldset
      className="declaration-editor__version"
      aria-labelledby={headingId}
      data-testid={`declaration-${field}`}
    >
      <legend id={headingId} className="page__subtitle">
        {language}
      </legend>
      <TextField
        label={t('ceremony.declaration.fields.title')}
        lang={lang}
        value={text.title}
        required
        error={error('title')}
        onChange={(event) => {
          const title = event.target.value;
          onChange((current) => ({ ...current, title }));
        }}
      />
      <TextAreaField
        label={t('ceremony.declaration.fields.preamble')}
        lang={lang}
        rows={5}
        value={text.preamble}
        error={error('preamble')}
        onChange={(event) => {
          const preamble = event.target.value;
          onChange((current) => ({ ...current, preamble }));
        }}
      />
      <h3 className="page__subtitle">{t('ceremony.declaration.fields.articles')}</h3>
      {error('articles') && <p className="field__error">{error('articles')}</p>}
      <ol className="declaration-editor__articles">
        {articles.map((article, index) => {
          const number = index + 1;
          const label = { number, version: language };
          return (
            <li key={article.key} className="declaration-editor__article">
              <TextAreaField
                label={t('ceremony.declaration.fields.article', { number })}
                lang={lang}
                rows={3}
                value={article.text}
                required
                error={error(`articles[${index}]`)}
                onChange={(event) => {
                  const value = event.target.value;
                  setArticles((list) =>
                    list.map((item) =>
                      item.key === article.key ? { ...item, text: value } : item,
                    ),
                  );
                }}
              />
              <div className="button-row button-row--tight">
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={index === 0}
                  aria-label={t('ceremony.declaration.moveUpLabel', label)}
                  onClick={() => {
                    move(index, index - 1);
                  }}
                >
                  {t('ceremony.declaration.moveUp')}
                </button>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={index === articles.length - 1}
                  aria-label={t('ceremony.declaration.moveDownLabel', label)}
                  onClick={() => {
                    move(index, index + 1);
                  }}
                >
                  {t('ceremony.declaration.moveDown')}
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  aria-label={t('ceremony.declaration.removeLabel', label)}
                  onClick={() => {
                    setArticles((list) => list.filter((item) => item.key !== article.key));
                  }}
                >
                  {t('ceremony.declaration.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        aria-label={t('ceremony.declaration.addLabel', { version: language })}
        onClick={() => {
          setArticles((list) => [...list, newArticle()]);
        }}
      >
        {t('ceremony.declaration.add')}
      </button>
      <TextField
        label={t('ceremony.declaration.fields.place')}
        lang={lang}
        value={text.place}
        required
        error={error('place')}
        onChange={(event) => {
          const place = event.target.value;
          onChange((current) => ({ ...current, place }));
        }}
      />
    </fieldset>
  );
}

/** The locked text: what was made ready, with the fingerprint it was locked under. */
function LockedDeclaration({ details }: { details: CeremonyDetails }) {
  const { t } = useTranslation();
  const { ceremony, declaration } = details;
  return (
    <div className="declaration-editor" data-testid="declaration-locked">
      <p className="declaration-editor__locked">{t('ceremony.declaration.locked')}</p>
      <p>{t('ceremony.declaration.lockedText')}</p>
      {ceremony.textFingerprint && (
        <p>
          {t('ceremony.declaration.fingerprint')}{' '}
          <code className="fingerprint" data-testid="declaration-fingerprint">
            {ceremony.textFingerprint}
          </code>
        </p>
      )}
      <div className="declaration-editor__versions">
        {versions.map(({ field, lang }) => (
          <ReadOnlyVersion
            key={field}
            label={t(`ceremony.declaration.versions.${field}`)}
            lang={lang}
            text={declaration[field]}
          />
        ))}
      </div>
      <p>
        {t('ceremony.declaration.signedOn')}:{' '}
        <time dateTime={declaration.signedOn}>{declaration.signedOn}</time>
      </p>
    </div>
  );
}

function ReadOnlyVersion({
  label,
  lang,
  text,
}: {
  label: string;
  lang: string;
  text: Declaration['en'];
}) {
  const headingId = useId();
  return (
    <section className="declaration-editor__version" aria-labelledby={headingId}>
      <h3 id={headingId} className="page__subtitle">
        {label}
      </h3>
      <div lang={lang}>
        <h4>{text.title}</h4>
        {text.preamble && <p>{text.preamble}</p>}
        <ol>
          {text.articles.map((article, index) => (
            // The locked text never changes: the position is the article's identity.
            <li key={index}>{article}</li>
          ))}
        </ol>
        <p>{text.place}</p>
      </div>
    </section>
  );
}
