package com.rapport.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** SQL text kept as classpath resources, located by name. */
public final class SqlResources {

    private SqlResources() {
    }

    public static String read(String resource) {
        try (InputStream in = SqlResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read SQL resource " + resource, e);
        }
    }
}
