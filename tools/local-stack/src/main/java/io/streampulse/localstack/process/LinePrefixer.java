package io.streampulse.localstack.process;

/**
 * Puts a child's name in front of each of its output lines: {@code [ingest]     line}, the bracketed name
 * padded to a common width so the lines of all children align; in colour on a terminal.
 */
public record LinePrefixer(String prefix) {

    /** Wide enough for the longest name, {@code [aggregator]}, plus one space. */
    public static final int WIDTH = 13;

    private static final String RESET = "\u001B[0m";
    private static final int[] COLOURS = {36, 32, 33, 35, 34, 96, 92, 93, 95, 94, 31};

    public static LinePrefixer plain(String name) {
        return new LinePrefixer(padded("[" + name + "]"));
    }

    /** Coloured prefix; {@code slot} picks one of a fixed set of colours, so each child keeps its own. */
    public static LinePrefixer coloured(String name, int slot) {
        String label = "[" + name + "]";
        String colour = "\u001B[" + COLOURS[Math.floorMod(slot, COLOURS.length)] + "m";
        return new LinePrefixer(colour + label + RESET + " ".repeat(padding(label)));
    }

    public String apply(String line) {
        return prefix + line;
    }

    private static String padded(String label) {
        return label + " ".repeat(padding(label));
    }

    private static int padding(String label) {
        return Math.max(1, WIDTH - label.length());
    }
}
