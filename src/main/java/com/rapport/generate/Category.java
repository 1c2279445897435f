package com.rapport.generate;

import java.util.Locale;

/** Partner categories of the data contract, with how often each appears among a PT practice's partners. */
enum Category {
    PHYSICIAN(30, true), CHIROPRACTOR(10, true), DENTIST(7, true), THERAPIST(10, true), FITNESS(13, false),
    SCHOOL(5, false), ATTORNEY(8, false), EMPLOYER(7, false), COMMUNITY(5, false), OTHER(5, false);

    final int share;
    final boolean clinical;

    Category(int share, boolean clinical) {
        this.share = share;
        this.clinical = clinical;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
