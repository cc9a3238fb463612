package org.summit.exchanges;

/** What the directory tells the exchanges when a city withdrew from the summit. */
interface CityWithdrawals {

    /** Settles the city's open exchanges: it no longer takes part in any (see {@link Exchange#cityWithdrew}). */
    void cityWithdrew(String cityId);
}
