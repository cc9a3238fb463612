import { Outlet } from 'react-router';

import { RoleNavigation } from '@/app/role-navigation';
import { MainLayout } from '@/components/layouts/main-layout';
import { SummitBanner } from '@/features/summit/components/summit-banner';

export function RootLayout() {
  return (
    <MainLayout banner={<SummitBanner />} navigation={<RoleNavigation />}>
      <Outlet />
    </MainLayout>
  );
}
