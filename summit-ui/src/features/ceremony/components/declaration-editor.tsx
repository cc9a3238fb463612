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
import { useCreateCeremony } from '@/features/ceremony/api/create-ceremony';
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

/** Where a new ceremony's declaration starts: every field empty, one article to fill in. */
const emptyText: DeclarationText = { title: '', preamble: '', articles: [''], place: '' };
const emptyDeclaration: Declaration = { zhHant: emptyText, en: emptyText, signedOn: '' };

/** Both language versions and the date as edited, and how to change them. */
interface DeclarationDraft {
  texts: Record<VersionField, EditedText>;
  change: (field: VersionField, update: (text: EditedText) => EditedText) => void;
  signedOn: string;
  setSignedOn: (signedOn: string) => void;
  /** The declaration as the API takes it; a date not given is sent as none, so it is refused as such. */
  sent: () => { zhHant: DeclarationText; en: DeclarationText; signedOn: string | null };
}

function useDeclarationDraft(initial: Declaration): DeclarationDraft {
  const [texts, setTexts] = useState<Record<VersionField, EditedText>>(() => ({
    zhHant: edited(initial.zhHant),
    en: edited(initial.en),
  }));
  const [signedOn, setSignedOn] = useState(initial.signedOn);
  return {
    texts,
    change: (field, update) => {
      setTexts((all) => ({ ...all, [field]: update(all[field]) }));
    },
    signedOn,
    setSignedOn,
    sent: () => ({ zhHant: sent(texts.zhHant), en: sent(texts.en), signedOn: signedOn || null }),
  };
}

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
  const [created, setCreated] = useState(false);

  if (current.isPending) {
    return <p role="status">{t('ceremony.declaration.loading')}</p>;
  }
  if (current.isLoadingError) {
    // None set up yet (`ceremony.none`): organisers set one up here, with its first draft.
    return hasStatus(current.error, 404) ? (
      <NewCeremonyForm
        onCreated={() => {
          setCreated(true);
        }}
      />
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
      created={created}
      onSaved={() => {
        setCreated(false);
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

/**
 * Sets up a ceremony while there is none: its name in both languages and the first draft of its
 * declaration, in the same fields as the editor. Refused fields are explained next to their input.
 */
function NewCeremonyForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCeremony();
  const refused = useServerErrors(create.error);
  const draft = useDeclarationDraft(emptyDeclaration);
  const [nameZhHant, setNameZhHant] = useState('');
  const [nameEn, setNameEn] = useState('');

  return (
    <form
      className="form form--wide declaration-editor"
      noValidate
      aria-label={t('ceremony.declaration.create.title')}
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(
          { name: { 'zh-Hant': nameZhHant.trim(), en: nameEn.trim() }, ...draft.sent() },
          { onSuccess: onCreated },
        );
      }}
    >
      <h2 className="page__subtitle">{t('ceremony.declaration.create.title')}</h2>
      <p className="notice">{t('ceremony.declaration.create.lead')}</p>
      <ErrorSummary messages={refused.summary} />
      {create.isError && !refused.any && <ErrorMessage error={create.error} />}
      <div className="declaration-editor__versions">
        <TextField
          label={t('ceremony.declaration.create.nameZhHant')}
          lang="zh-Hant"
          value={nameZhHant}
          required
          error={refused.field('name.zh-Hant', 'name')}
          onChange={(event) => {
            setNameZhHant(event.target.value);
          }}
        />
        <TextField
          label={t('ceremony.declaration.create.nameEn')}
          lang="en"
          value={nameEn}
          required
          error={refused.field('name.en', 'name')}
          onChange={(event) => {
            setNameEn(event.target.value);
          }}
        />
      </div>
      <DeclarationFields draft={draft} error={refused.field} />
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending
            ? t('ceremony.declaration.create.submitting')
            : t('ceremony.declaration.create.submit')}
        </button>
      </div>
    </form>
  );
}

function DeclarationForm({
  details,
  saved,
  created,
  onSaved,
  onReload,
}: {
  details: CeremonyDetails;
  saved: boolean;
  created: boolean;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveDeclaration();
  const refused = useServerErrors(save.error);
  const draft = useDeclarationDraft(details.declaration);
  const { ceremony } = details;
  const stale = hasStatus(save.error, 409);

  return (
    <form
      className="form form--wide declaration-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { ceremonyId: ceremony.id, edit: { version: ceremony.version, ...draft.sent() } },
          { onSuccess: onSaved },
        );
      }}
    >
      <p data-testid="declaration-version">
        {t('ceremony.declaration.draft', { version: ceremony.declarationVersion })}
      </p>
      {created && !save.isError && (
        <p className="notice notice--success" role="status" data-testid="ceremony-created">
          {t('ceremony.declaration.create.created', { version: ceremony.declarationVersion })}
        </p>
      )}
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
      <DeclarationFields draft={draft} error={refused.field} />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('ceremony.declaration.saving') : t('ceremony.declaration.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * Both language versions side by side and the date of signing, each input with what the server
 * refused of it (fields named as the API names them: `zhHant.title`, `en.articles[1]`, `signedOn`).
 */
function DeclarationFields({
  draft,
  error,
}: {
  draft: DeclarationDraft;
  error: (...fields: string[]) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="declaration-editor__versions">
        {versions.map(({ field, lang }) => (
          <VersionEditor
            key={field}
            field={field}
            lang={lang}
            text={draft.texts[field]}
            error={(name) => error(`${field}.${name}`)}
            onChange={(update) => {
              draft.change(field, update);
            }}
          />
        ))}
      </div>
      <div className="declaration-editor__date">
        <TextField
          type="date"
          label={t('ceremony.declaration.signedOn')}
          value={draft.signedOn}
          required
          error={error('signedOn')}
          onChange={(event) => {
            draft.setSignedOn(event.target.value);
          }}
        />
      </div>
    </>
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
