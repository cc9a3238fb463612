import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LanguageSwitch } from '@/components/ui/language-switch';

interface MainLayoutProps {
  /** What the header says about the event, next to the product name. */
  banner: ReactNode;
  /** Who is logged in, or a way to log in. */
  account: ReactNode;
  navigation: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every screen: header with the language switch and the account, navigation,
 * content, footer.
 */
export function MainLayout({ banner, account, navigation, children }: MainLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to="/" className="site-header__brand" aria-label={t('layout.homeLink')}>
            {t('app.name')}
          </Link>
          <div className="site-header__event">{banner}</div>
          {/* The switch comes last: at the right end it stays put when the account's texts change
              length with the language, so it does not move away as it is pressed. */}
          <div className="site-header__tools">
            {account}
            <LanguageSwitch />
          </div>
        </div>
        {navigation}
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">{t('layout.footer')}</footer>
    </div>
  );
}
