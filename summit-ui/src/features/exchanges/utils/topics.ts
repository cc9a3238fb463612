/** The five themes of the summit's declaration an exchange can be about (or a free subject). */
export const themes = [
  'SMART_PUBLIC_SERVICES',
  'INFRASTRUCTURE',
  'SMART_CITY_INDUSTRY',
  'INNOVATION',
  'GOVERNMENT_INDUSTRY_ACADEMIA',
] as const;

export type Theme = (typeof themes)[number];
