package org.summit.cities;

/** Whether a delegation comes from a named city or from a country with no city named. */
public enum CityKind {
    CITY,
    /** A country's delegation, for example the United Kingdom's, shown as such. */
    COUNTRY
}
