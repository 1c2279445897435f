package com.rapport.pipeline;

import java.nio.file.Path;
import java.time.YearMonth;

/** What a spotlight run produced: the pick for issue N, its one-page brief and the candidate list. */
public record SpotlightResult(YearMonth month, YearMonth issue, String partnerId, String name, Path pdf,
                              Path candidates, boolean recorded) {
}
