import { useTranslation } from 'react-i18next';

import type { RoleId } from '@/app/roles';

/** What a role does in Summit; the role's tools will take this page's place. */
export function RoleRoute({ role }: { role: RoleId }) {
  const { t } = useTranslation();
  const tasks = t(`roles.${role}.tasks`, { returnObjects: true });
  return (
    <article className="page">
      <h1 className="page__title">{t(`roles.${role}.name`)}</h1>
      <p className="page__lead">{t(`roles.${role}.summary`)}</p>
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
