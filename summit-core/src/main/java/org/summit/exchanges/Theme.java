package org.summit.exchanges;

import org.summit.shared.LocalizedText;

/** The themes of the summit's declaration that an exchange can be about, with their names in both languages. */
public enum Theme {
    SMART_PUBLIC_SERVICES(LocalizedText.of("智慧公共服務", "Smart public services")),
    INFRASTRUCTURE(LocalizedText.of("基礎建設", "Infrastructure")),
    SMART_CITY_INDUSTRY(LocalizedText.of("智慧城市產業", "Smart-city industry")),
    INNOVATION(LocalizedText.of("創新", "Innovation")),
    GOVERNMENT_INDUSTRY_ACADEMIA(LocalizedText.of("政府、產業與學界合作", "Government-industry-academia cooperation"));

    private final LocalizedText label;

    Theme(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
