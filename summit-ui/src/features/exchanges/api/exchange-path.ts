import { exchangesPath } from '@/features/exchanges/api/get-exchanges';

/** The path of one exchange, under which its answers, outcome and placement live. */
export const exchangePath = (exchangeId: string) =>
  `${exchangesPath}/${encodeURIComponent(exchangeId)}`;
