import { Outlet, Route, Routes } from 'react-router';

import { RequireRole } from '@/app/require-role';
import { roles } from '@/app/roles';
import { AccountRoute } from '@/app/routes/account';
import { CitiesRoute } from '@/app/routes/cities';
import { CityRoute } from '@/app/routes/city';
import { DeviceRootLayout } from '@/app/routes/device-root-layout';
import { DelegateRoute } from '@/app/routes/delegate';
import { ExchangesRoute } from '@/app/routes/exchanges';
import { HomeRoute } from '@/app/routes/home';
import { InvitationRoute } from '@/app/routes/invitation';
import { LoginRoute } from '@/app/routes/login';
import { NotFoundRoute } from '@/app/routes/not-found';
import { NotificationPreferencesRoute } from '@/app/routes/notification-preferences';
import { NotificationsRoute } from '@/app/routes/notifications';
import { OrganiserRoute } from '@/app/routes/organiser';
import { OrganiserAccountsRoute } from '@/app/routes/organiser-accounts';
import { OrganiserAgendaRoute } from '@/app/routes/organiser-agenda';
import { OrganiserAuditRoute } from '@/app/routes/organiser-audit';
import { OrganiserCeremonyRoute } from '@/app/routes/organiser-ceremony';
import { OrganiserExchangesRoute } from '@/app/routes/organiser-exchanges';
import { OrganiserMailboxRoute } from '@/app/routes/organiser-mailbox';
import { PairRoute } from '@/app/routes/pair';
import { ProgrammeRoute } from '@/app/routes/programme';
import { ProfileRoute } from '@/app/routes/profile';
import { ReplayRoute } from '@/app/routes/replay';
import { RootLayout } from '@/app/routes/root-layout';
import { ScreenRoute } from '@/app/routes/screen';
import { StaffRoute } from '@/app/routes/staff';
import { TabletRoute } from '@/app/routes/tablet';
import { VerifyRoute } from '@/app/routes/verify';

/** Every screen of Summit. The server answers unknown paths with index.html, so these decide. */
export function AppRoutes() {
  return (
    <Routes>
      {/* Devices, not people: the pairing stored on the device is what lets them in; their pages
          fill the screen without the site's frame. */}
      <Route element={<DeviceRootLayout />}>
        <Route path="tablet" element={<TabletRoute />} />
        <Route path="screen" element={<ScreenRoute />} />
      </Route>
      <Route element={<RootLayout />}>
        <Route index element={<HomeRoute />} />
        <Route path="login" element={<LoginRoute />} />
        <Route path="replay/:ceremonyId" element={<ReplayRoute />} />
        <Route path="invitation/:token" element={<InvitationRoute />} />
        <Route path="pair" element={<PairRoute />} />
        <Route path="agenda" element={<ProgrammeRoute />} />
        {/* Anyone holding a sealed declaration checks it here, without logging in. */}
        <Route path="verify" element={<VerifyRoute />} />
        <Route path="verify/:ceremonyId" element={<VerifyRoute />} />
        <Route
          path="account"
          element={
            <RequireRole>
              <AccountRoute />
            </RequireRole>
          }
        />
        {/* Everyone logged in has notifications, whatever their role. */}
        <Route
          path="notifications"
          element={
            <RequireRole>
              <NotificationsRoute />
            </RequireRole>
          }
        />
        <Route
          path="notifications/preferences"
          element={
            <RequireRole>
              <NotificationPreferencesRoute />
            </RequireRole>
          }
        />
        {roles.map((role) => (
          <Route
            key={role.id}
            path={role.path}
            element={
              <RequireRole allowed={role.allowed}>
                <Outlet />
              </RequireRole>
            }
          >
            {role.id === 'organiser' ? (
              <>
                <Route index element={<OrganiserRoute />} />
                <Route path="accounts" element={<OrganiserAccountsRoute />} />
                <Route path="agenda" element={<OrganiserAgendaRoute />} />
                <Route path="audit" element={<OrganiserAuditRoute />} />
                <Route path="ceremony" element={<OrganiserCeremonyRoute />} />
                <Route path="exchanges" element={<OrganiserExchangesRoute />} />
              </>
            ) : role.id === 'delegate' ? (
              <Route index element={<DelegateRoute />} />
            ) : role.id === 'exchanges' ? (
              <Route index element={<ExchangesRoute />} />
            ) : role.id === 'staff' ? (
              <Route index element={<StaffRoute />} />
            ) : role.id === 'mailbox' ? (
              <Route index element={<OrganiserMailboxRoute />} />
            ) : role.id === 'cities' ? (
              <>
                <Route index element={<CitiesRoute />} />
                <Route path=":id" element={<CityRoute />} />
              </>
            ) : (
              <Route index element={<ProfileRoute />} />
            )}
          </Route>
        ))}
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
