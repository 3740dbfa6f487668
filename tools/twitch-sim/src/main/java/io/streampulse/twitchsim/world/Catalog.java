package io.streampulse.twitchsim.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Shared, interned vocabulary: games (Zipf-weighted), languages (skewed like Twitch), tags and titles.
 * Channels refer to entries by small integer index, which keeps the per-channel footprint to a few bytes.
 */
public final class Catalog {
    static final int GAME_COUNT = 320;
    static final int TITLE_POOL = 4096;
    static final int TAG_SETS = 2048;

    private final String[] gameIds = new String[GAME_COUNT];
    private final String[] gameNames = new String[GAME_COUNT];
    private final String[] igdbIds = new String[GAME_COUNT];
    private final boolean[] gameMature = new boolean[GAME_COUNT];
    private final double[] gameCdf;
    private final Map<String, Integer> gameById = new HashMap<>();
    private final Map<String, Integer> gameByName = new HashMap<>();
    private final Map<String, Integer> gameByIgdb = new HashMap<>();
    private final String[] langCodes;
    private final String[] langTags;
    private final double[] langCdf;
    private final String[] titles = new String[TITLE_POOL];
    private final List<List<String>> tagSets = new ArrayList<>(TAG_SETS);

    public Catalog(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5eed_ca7a_109L);
        buildGames(random);
        gameCdf = cdf(zipfWeights(GAME_COUNT, 1.15));
        langCodes = column(CatalogData.LANGUAGES, 0);
        langTags = column(CatalogData.LANGUAGES, 2);
        langCdf = cdf(Arrays.stream(CatalogData.LANGUAGES).mapToDouble(l -> Double.parseDouble(l[1])).toArray());
        buildTitles(random);
        buildTagSets(random);
    }

    private void buildGames(SplittableRandom random) {
        String[][] known = CatalogData.KNOWN_GAMES;
        for (int i = 0; i < GAME_COUNT; i++) {
            if (i < known.length) {
                setGame(i, known[i][0], known[i][1], known[i][2], "M".equals(known[i][3]));
            } else {
                String name = generatedGameName(random);
                while (gameByName.containsKey(name)) {
                    name = generatedGameName(random);
                }
                String id = String.valueOf(100_000 + random.nextInt(1_900_000_000));
                while (gameById.containsKey(id)) {
                    id = String.valueOf(100_000 + random.nextInt(1_900_000_000));
                }
                String igdb = random.nextInt(4) == 0 ? "" : String.valueOf(1000 + random.nextInt(300_000));
                setGame(i, id, name, igdb, random.nextInt(5) == 0);
            }
        }
    }

    private void setGame(int i, String id, String name, String igdb, boolean mature) {
        gameIds[i] = id;
        gameNames[i] = name;
        igdbIds[i] = igdb;
        gameMature[i] = mature;
        gameById.put(id, i);
        gameByName.put(name, i);
        if (!igdb.isEmpty()) {
            gameByIgdb.putIfAbsent(igdb, i);
        }
    }

    private static String generatedGameName(SplittableRandom random) {
        return pick(random, CatalogData.GAME_WORDS_A) + " " + pick(random, CatalogData.GAME_WORDS_B)
                + pick(random, CatalogData.GAME_SUFFIXES);
    }

    private void buildTitles(SplittableRandom random) {
        for (int i = 0; i < TITLE_POOL; i++) {
            titles[i] = (pick(random, CatalogData.TITLE_OPENERS) + pick(random, CatalogData.TITLE_BODIES)
                    + pick(random, CatalogData.TITLE_CLOSERS)).intern();
        }
        titles[0] = "";
    }

    private void buildTagSets(SplittableRandom random) {
        for (int i = 0; i < TAG_SETS; i++) {
            int size = random.nextInt(5);
            List<String> set = new ArrayList<>(size);
            while (set.size() < size) {
                String tag = pick(random, CatalogData.TAGS);
                if (!set.contains(tag)) {
                    set.add(tag);
                }
            }
            tagSets.add(List.copyOf(set));
        }
    }

    public int gameCount() { return GAME_COUNT; }
    public String gameId(int game) { return gameIds[game]; }
    public String gameName(int game) { return gameNames[game]; }
    public String igdbId(int game) { return igdbIds[game]; }
    public int gameById(String id) { return gameById.getOrDefault(id, -1); }
    public int gameByName(String name) { return gameByName.getOrDefault(name, -1); }
    public int gameByIgdbId(String igdbId) { return gameByIgdb.getOrDefault(igdbId, -1); }
    public String boxArtUrl(int game) {
        return "https://static-cdn.jtvnw.net/ttv-boxart/" + gameIds[game] + "-{width}x{height}.jpg";
    }

    public int languageCount() { return langCodes.length; }
    public String languageCode(int lang) { return langCodes[lang]; }
    public String title(int title) { return titles[title]; }

    /** Free-form tags of a stream: the language's own tag (as streamers do) followed by the channel's tag set. */
    public List<String> tags(int lang, int tagSet) {
        List<String> set = tagSets.get(tagSet);
        if (langTags[lang].isEmpty()) {
            return set;
        }
        List<String> tags = new ArrayList<>(set.size() + 1);
        tags.add(langTags[lang]);
        tags.addAll(set);
        return tags;
    }

    /** content_classification_labels: MatureGame for mature games plus the channel's own labels (bit mask). */
    public List<String> labels(int game, int channelLabels) {
        List<String> labels = new ArrayList<>(2);
        int mask = channelLabels | (gameMature[game] ? 1 : 0);
        for (int bit = 0; bit < CatalogData.CONTENT_LABELS.length; bit++) {
            if ((mask & (1 << bit)) != 0) {
                labels.add(CatalogData.CONTENT_LABELS[bit]);
            }
        }
        return labels;
    }

    int pickGame(SplittableRandom random) { return sample(gameCdf, random); }
    int pickLanguage(SplittableRandom random) { return sample(langCdf, random); }
    int pickTitle(SplittableRandom random) { return 1 + random.nextInt(TITLE_POOL - 1); }
    int pickTagSet(SplittableRandom random) { return random.nextInt(TAG_SETS); }

    static int sample(double[] cdf, SplittableRandom random) {
        double u = random.nextDouble() * cdf[cdf.length - 1];
        int i = Arrays.binarySearch(cdf, u);
        int index = i >= 0 ? i + 1 : -i - 1;
        return Math.min(index, cdf.length - 1);
    }

    static double[] zipfWeights(int n, double exponent) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1.0 / Math.pow(i + 1, exponent);
        }
        return w;
    }

    static double[] cdf(double[] weights) {
        double[] cdf = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cdf[i] = sum;
        }
        return cdf;
    }

    private static String[] column(String[][] rows, int column) {
        return Arrays.stream(rows).map(r -> r[column].intern()).toArray(String[]::new);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
