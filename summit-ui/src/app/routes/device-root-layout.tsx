import { Outlet } from 'react-router';

import { DeviceLayout } from '@/components/layouts/device-layout';

/** The pages of paired devices (tablet, big screen), full screen without the site's frame. */
export function DeviceRootLayout() {
  return (
    <DeviceLayout>
      <Outlet />
    </DeviceLayout>
  );
}
