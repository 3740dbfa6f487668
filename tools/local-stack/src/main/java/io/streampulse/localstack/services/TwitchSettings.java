package io.streampulse.localstack.services;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which Twitch the services talk to. When all six TWITCH_* variables are set, that Twitch (no simulator);
 * otherwise the simulator, with the local defaults every service also has. A partial set is reported and
 * ignored: half a real Twitch configuration would only fail later and further away.
 *
 * @param external  true when the six variables come from the environment and no simulator is needed
 * @param variables the six TWITCH_* variables to give every service
 * @param warnings  what the user should know about their environment
 */
public record TwitchSettings(boolean external, Map<String, String> variables, List<String> warnings) {

    public static final String HELIX_URL = "TWITCH_HELIX_URL";
    public static final String AUTH_URL = "TWITCH_AUTH_URL";
    public static final String CLIENT_ID = "TWITCH_CLIENT_ID";
    public static final String CLIENT_SECRET = "TWITCH_CLIENT_SECRET";
    public static final String EVENTSUB_SECRET = "TWITCH_EVENTSUB_SECRET";
    public static final String EVENTSUB_CALLBACK_URL = "TWITCH_EVENTSUB_CALLBACK_URL";
    public static final List<String> NAMES = List.of(HELIX_URL, AUTH_URL, CLIENT_ID, CLIENT_SECRET, EVENTSUB_SECRET,
            EVENTSUB_CALLBACK_URL);

    public TwitchSettings {
        variables = Map.copyOf(variables);
        warnings = List.copyOf(warnings);
    }

    public static TwitchSettings resolve(Map<String, String> env) {
        List<String> set = NAMES.stream().filter(name -> isSet(env, name)).toList();
        if (set.size() == NAMES.size()) {
            Map<String, String> external = new LinkedHashMap<>();
            NAMES.forEach(name -> external.put(name, env.get(name)));
            return new TwitchSettings(true, external, List.of());
        }
        List<String> warnings = set.isEmpty() ? List.of() : List.of(String.join(", ", set)
                + " set but not " + String.join(", ", NAMES.stream().filter(n -> !set.contains(n)).toList())
                + ": ignored, the services use the Twitch simulator (set all six to use another Twitch)");
        return new TwitchSettings(false, simulatorDefaults(), warnings);
    }

    /** The defaults of every service's application.yml: the simulator on 8090, ingest's webhook on 8081. */
    static Map<String, String> simulatorDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(HELIX_URL, "http://localhost:8090/helix");
        defaults.put(AUTH_URL, "http://localhost:8090/oauth2");
        defaults.put(CLIENT_ID, "streampulse-local");
        defaults.put(CLIENT_SECRET, "streampulse-local-secret");
        defaults.put(EVENTSUB_SECRET, "streampulse-local-eventsub-secret");
        defaults.put(EVENTSUB_CALLBACK_URL, "http://localhost:8081/webhooks/eventsub");
        return defaults;
    }

    private static boolean isSet(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
