package com.rapport.pipeline;

import com.rapport.core.Settings;
import com.rapport.core.Sha256;
import com.rapport.model.ModelCatalogue;
import com.rapport.model.ModelDefinition;
import com.rapport.store.SqlResources;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Stamps of what outputs are made from: equal stamps, equal outputs. */
final class Stamps {

    private Stamps() {
    }

    /**
     * How the numbers are computed: the settings, whether referrals carry a status, Rapport's
     * version and the text of every model. The review's stamp and the cached earlier months'
     * both include it, so a Rapport that computes any model otherwise recomputes both.
     */
    static String rules(Settings settings, boolean hasStatus, ModelCatalogue catalogue) {
        StringBuilder text = new StringBuilder(settings + "|" + hasStatus + "|"
                + SqlResources.read("/com/rapport/version.properties"));
        for (ModelDefinition model : catalogue.all()) {
            text.append('|').append(SqlResources.read(model.resource()));
        }
        return sha256(text.toString());
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(Sha256.digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
