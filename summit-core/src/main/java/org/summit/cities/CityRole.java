package org.summit.cities;

/** The part a city plays at the summit. Host and guest cities sign the declaration; observers do not. */
public enum CityRole {
    HOST,
    GUEST,
    OBSERVER;

    public boolean signs() {
        return this != OBSERVER;
    }
}
