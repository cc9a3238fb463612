import type { ReactNode } from 'react';

import { LanguageSwitch } from '@/components/ui/language-switch';

/**
 * The frame of a ceremony device (a signatory's tablet, the big screen): the whole screen for the
 * page, no site header, navigation or footer a signatory could tap away to or the hall would see;
 * only a small language switch in a corner.
 */
export function DeviceLayout({ children }: { children: ReactNode }) {
  return (
    <div className="device-layout">
      <div className="device-layout__tools">
        <LanguageSwitch />
      </div>
      <main id="main" className="device-layout__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
