package com.rapport.generate;

import com.rapport.core.Npi;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Valid NPIs drawn at random, never one given before: a real NPI names one provider, so the
 * generated contacts and registry files carry each once. A repeat is drawn again, which leaves
 * every draw before it as it was.
 */
final class UniqueNpis {

    private final SplittableRandom random;
    private final Set<String> given = new HashSet<>();

    UniqueNpis(SplittableRandom random) {
        this.random = random;
    }

    /** Counts an NPI given elsewhere (a partner's) as taken. */
    void taken(String npi) {
        given.add(npi);
    }

    String next() {
        String npi;
        do {
            npi = Npi.withCheckDigit(String.format("1%08d", random.nextInt(100_000_000)));
        } while (!given.add(npi));
        return npi;
    }
}
