package com.rapport.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Given names that are one name (Tom and Thomas, Bob and Robert), from {@code identity/nicknames.txt}. */
final class Nicknames {

    private final Map<String, Set<Integer>> groups = new HashMap<>();

    Nicknames() {
        try (InputStream in = Nicknames.class.getResourceAsStream("/identity/nicknames.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int group = 0;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String name : line.strip().split("\\s+")) {
                    groups.computeIfAbsent(name, n -> new HashSet<>()).add(group);
                }
                group++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the nickname list is missing from the build", e);
        }
    }

    /** True when the two different folded given names belong to one group. */
    boolean same(String a, String b) {
        Set<Integer> ga = groups.get(a);
        Set<Integer> gb = groups.get(b);
        return ga != null && gb != null && !a.equals(b) && ga.stream().anyMatch(gb::contains);
    }
}
