import { Route, Routes } from 'react-router';

import { roles } from '@/app/roles';
import { HomeRoute } from '@/app/routes/home';
import { NotFoundRoute } from '@/app/routes/not-found';
import { RoleRoute } from '@/app/routes/role';
import { RootLayout } from '@/app/routes/root-layout';

/** Every screen of Summit. The server answers unknown paths with index.html, so these decide. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route index element={<HomeRoute />} />
        {roles.map((role) => (
          <Route key={role.id} path={role.path} element={<RoleRoute role={role.id} />} />
        ))}
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
