import { Outlet, useNavigate } from 'react-router';

import { RoleNavigation } from '@/app/role-navigation';
import { paths } from '@/app/roles';
import { MainLayout } from '@/components/layouts/main-layout';
import { AccountMenu } from '@/features/accounts/components/account-menu';
import { SummitBanner } from '@/features/agenda/components/summit-banner';

export function RootLayout() {
  const navigate = useNavigate();
  return (
    <MainLayout
      banner={<SummitBanner />}
      account={
        <AccountMenu
          loginPath={paths.login}
          accountPath={paths.account}
          onLoggedOut={() => {
            void navigate('/');
          }}
        />
      }
      navigation={<RoleNavigation />}
    >
      <Outlet />
    </MainLayout>
  );
}
