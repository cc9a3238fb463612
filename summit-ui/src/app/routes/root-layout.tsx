import { Outlet, useNavigate } from 'react-router';

import { RoleNavigation } from '@/app/role-navigation';
import { paths } from '@/app/roles';
import { MainLayout } from '@/components/layouts/main-layout';
import { useSession } from '@/features/accounts/api/get-session';
import { AccountMenu } from '@/features/accounts/components/account-menu';
import { SummitBanner } from '@/features/agenda/components/summit-banner';
import { NotificationBell } from '@/features/notifications/components/notification-bell';

export function RootLayout() {
  const navigate = useNavigate();
  return (
    <MainLayout
      banner={<SummitBanner />}
      account={
        <>
          <SessionBell />
          <AccountMenu
            loginPath={paths.login}
            accountPath={paths.account}
            onLoggedOut={() => {
              void navigate('/');
            }}
          />
        </>
      }
      navigation={<RoleNavigation />}
    >
      <Outlet />
    </MainLayout>
  );
}

/**
 * The bell of whoever is logged in: none for a visitor. Keyed by the account, so the next one to
 * log in on this browser follows their own notifications, never the previous person's.
 */
function SessionBell() {
  const session = useSession();
  const account = session.data?.account;
  return account ? <NotificationBell key={account.id} path={paths.notifications} /> : null;
}
