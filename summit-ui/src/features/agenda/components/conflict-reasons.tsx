import { useTranslation } from 'react-i18next';

import { readableArgs } from '@/features/agenda/utils/conflicts';
import { useProblemText } from '@/lib/problem-text';

/** A conflict as the server names it: the draft's conflicts, or the entries of a refusal's `errors[]`. */
export interface CodedConflict {
  code: string;
  args?: Record<string, unknown> | undefined;
  severity?: string;
}

const severities = ['HARD', 'BLOCKS_PUBLISHING', 'WARNING'] as const;

function severityOf(conflict: CodedConflict): (typeof severities)[number] {
  return severities.find((severity) => severity === conflict.severity) ?? 'HARD';
}

// Drawn with CSS around a plain letter: emoji and symbol glyphs are missing from many fonts.
const icons = { HARD: '!', BLOCKS_PUBLISHING: '!', WARNING: 'i' } as const;

function Icon({ severity }: { severity: keyof typeof icons }) {
  return (
    <span className={`conflict-icon conflict-icon--${severity}`} aria-hidden="true">
      {icons[severity]}
    </span>
  );
}

/** The weightiest conflict's icon and how many there are, e.g. "⛔ 2 conflicts". */
export function ConflictBadge({ conflicts }: { conflicts: readonly CodedConflict[] }) {
  const { t } = useTranslation();
  const worst = severities.find((severity) =>
    conflicts.some((conflict) => severityOf(conflict) === severity),
  );
  if (!worst) return null;
  return (
    <span className={`conflict-badge conflict-badge--${worst}`}>
      <Icon severity={worst} />
      {t('editor.conflicts.count', { count: conflicts.length })}
    </span>
  );
}

interface ConflictReasonsProps {
  conflicts: readonly CodedConflict[];
  id?: string;
  /** Shorter, for inside a session of the grid. */
  compact?: boolean;
  /** Makes each reason a button, e.g. to go to the session it is about. */
  onChoose?: (conflict: CodedConflict) => void;
}

/** Each conflict's reason in the reader's language, from its code and args, with its weight. */
export function ConflictReasons({
  conflicts,
  id,
  compact = false,
  onChoose,
}: ConflictReasonsProps) {
  const { t } = useTranslation();
  const text = useProblemText();
  return (
    <ul id={id} className={compact ? 'conflict-list conflict-list--compact' : 'conflict-list'}>
      {conflicts.map((conflict, index) => {
        const severity = severityOf(conflict);
        const reason = text({ code: conflict.code, args: readableArgs(conflict.args) });
        const label = compact
          ? reason
          : t('editor.severityEntry', { severity: t(`editor.severity.${severity}`), reason });
        return (
          <li
            key={`${conflict.code}-${index}`}
            className={`conflict-list__item conflict-list__item--${severity}`}
            data-code={conflict.code}
          >
            <Icon severity={severity} />
            {onChoose ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onChoose(conflict);
                }}
              >
                {label}
              </button>
            ) : (
              label
            )}
          </li>
        );
      })}
    </ul>
  );
}
