/** The people and devices Summit serves, each with its own view. */
export const roles = [
  { id: 'organiser', path: '/organiser' },
  { id: 'delegate', path: '/delegate' },
  { id: 'staff', path: '/staff' },
  { id: 'tablet', path: '/tablet' },
  { id: 'screen', path: '/screen' },
] as const;

export type Role = (typeof roles)[number];
export type RoleId = Role['id'];
