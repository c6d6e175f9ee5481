package org.geoparks.catalogue.search;

import java.util.Arrays;
import java.util.Optional;

/** The languages the index analyses, with the fields each one is searched in. */
enum SearchLanguage {
    VI("vi", SearchFields.Text.NAME_VI, SearchFields.Text.TEXT_VI),
    EN("en", SearchFields.Text.NAME_EN, SearchFields.Text.TEXT_EN),
    ZH("zh-Hans", SearchFields.Text.NAME_ZH, SearchFields.Text.TEXT_ZH);

    private final String tag;
    private final SearchFields.Text name;
    private final SearchFields.Text text;

    SearchLanguage(String tag, SearchFields.Text name, SearchFields.Text text) {
        this.tag = tag;
        this.name = name;
        this.text = text;
    }

    /** The BCP 47 tag the catalogue stores texts under. */
    String tag() {
        return tag;
    }

    SearchFields.Text nameField() {
        return name;
    }

    SearchFields.Text textField() {
        return text;
    }

    static Optional<SearchLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }
}
