package io.streampulse.deploycheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A Dockerfile as its instructions (continuation lines joined, comments dropped). */
record Dockerfile(List<Instruction> instructions) {

    record Instruction(String keyword, String arguments) {
    }

    static Dockerfile parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || line.isEmpty() && current.isEmpty()) {
                continue;
            }
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continues) {
                String instruction = current.toString().strip();
                int space = instruction.indexOf(' ');
                instructions.add(new Instruction(instruction.substring(0, space).toUpperCase(Locale.ROOT),
                    instruction.substring(space + 1).strip()));
                current.setLength(0);
            }
        }
        return new Dockerfile(instructions);
    }

    List<String> arguments(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** The final stage's base image. */
    String baseImage() {
        List<String> froms = arguments("FROM");
        return froms.isEmpty() ? "" : froms.get(froms.size() - 1).split("\\s+")[0];
    }

    /** Variables set by ENV, in either form (NAME=value ... or NAME value). */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String arguments : arguments("ENV")) {
            List<String> words = words(arguments);
            if (!words.get(0).contains("=")) {
                env.put(words.get(0), arguments.substring(words.get(0).length()).strip());
                continue;
            }
            for (String word : words) {
                int eq = word.indexOf('=');
                env.put(word.substring(0, eq), word.substring(eq + 1).replace("\"", ""));
            }
        }
        return env;
    }

    /** Whitespace-separated words; double quotes group. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
