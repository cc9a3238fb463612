import type { ElementType } from 'react';

import { splitBilingual } from '@/lib/bilingual';
import { useLanguage } from '@/lib/i18n';
import type { LocalizedText } from '@/types/api';

interface BilingualTextProps {
  text: LocalizedText;
  /** The element that holds the text in the interface's language. */
  as?: ElementType;
  className?: string;
}

/** Both languages at once: the interface's language prominent, the other one under it. */
export function BilingualText({ text, as: Primary = 'span', className }: BilingualTextProps) {
  const language = useLanguage();
  const { primary, secondary } = splitBilingual(text, language);
  return (
    <span className={className ? `bilingual ${className}` : 'bilingual'}>
      <Primary className="bilingual__primary" lang={primary.lang}>
        {primary.text}
      </Primary>
      {secondary && (
        <span className="bilingual__other" lang={secondary.lang}>
          {secondary.text}
        </span>
      )}
    </span>
  );
}
