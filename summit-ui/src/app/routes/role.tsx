import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { RoleId, ToolViewId } from '@/app/roles';

interface RoleRouteProps {
  view: Exclude<RoleId, ToolViewId>;
  /** The role's tools that are ready, shown above what is still to come. */
  children?: ReactNode;
}

/** What a role does in Summit; the role's tools will take this page's place. */
export function RoleRoute({ view: role, children }: RoleRouteProps) {
  const { t } = useTranslation();
  const tasks = t(`roles.${role}.tasks`, { returnObjects: true });
  return (
    <article className="page">
      <h1 className="page__title">{t(`roles.${role}.name`)}</h1>
      <p className="page__lead">{t(`roles.${role}.summary`)}</p>
      {children}
      <h2 className="page__subtitle">{t('roles.whatYouDo')}</h2>
      <ul className="task-list">
        {tasks.map((task) => (
          <li key={task}>{task}</li>
        ))}
      </ul>
      <p className="notice">{t('roles.inProgress')}</p>
    </article>
  );
}
