package io.streampulse.twitchsim.world;

/** Static vocabulary of the simulated world: well-known categories, languages, tags and title fragments. */
final class CatalogData {
    private CatalogData() {
    }

    /** id, name, igdb id ("" if none), mature ("M" or ""), in rough order of popularity. */
    static final String[][] KNOWN_GAMES = {
        {"509658", "Just Chatting", "", ""}, {"32982", "Grand Theft Auto V", "1020", "M"},
        {"21779", "League of Legends", "115", ""}, {"516575", "VALORANT", "126459", "M"},
        {"32399", "Counter-Strike", "241", "M"}, {"33214", "Fortnite", "1905", ""},
        {"27471", "Minecraft", "121", ""}, {"29595", "Dota 2", "2963", ""},
        {"511224", "Apex Legends", "114795", "M"}, {"18122", "World of Warcraft", "123", ""},
        {"512710", "Call of Duty: Warzone", "131800", "M"}, {"515025", "Overwatch 2", "125174", ""},
        {"498566", "Slots", "", ""}, {"491487", "Dead by Daylight", "18866", "M"},
        {"26936", "Music", "", ""}, {"513143", "Teamfight Tactics", "114201", ""},
        {"263490", "Rust", "3277", "M"}, {"491931", "Escape from Tarkov", "20917", "M"},
        {"512953", "Elden Ring", "119133", "M"}, {"513181", "Genshin Impact", "119277", ""},
        {"518203", "Sports", "", ""}, {"509660", "Art", "", ""}, {"509670", "Science & Technology", "", ""},
        {"743", "Chess", "", ""}, {"509663", "Special Events", "", ""}, {"116747788", "Pools, Hot Tubs, and Beaches", "", ""},
        {"493057", "PUBG: BATTLEGROUNDS", "27789", "M"}, {"138585", "Hearthstone", "1279", ""},
        {"30921", "Rocket League", "11198", ""}, {"490100", "Lost Ark", "103281", ""},
        {"494131", "Little Nightmares", "37030", "M"}, {"27546", "World of Tanks", "3159", ""},
        {"65632", "DayZ", "2864", "M"}, {"490422", "StarCraft II", "239", ""},
        {"1264310518", "Marvel Rivals", "294041", ""}, {"1469308723", "Software and Game Development", "", ""},
        {"509667", "Food & Drink", "", ""}, {"509672", "Travel & Outdoors", "", ""},
        {"417752", "Talk Shows & Podcasts", "", ""}, {"509659", "ASMR", "", ""},
        {"66082", "Games + Demos", "", ""}, {"511399", "Retro", "", ""},
        {"490744", "Stardew Valley", "17000", ""}, {"460630", "Tom Clancy's Rainbow Six Siege", "7360", "M"},
        {"21465", "Path of Exile", "1911", "M"}, {"2748", "Magic: The Gathering", "", ""},
        {"1678052513", "Counter-Strike 2", "242408", "M"}, {"1745202732", "Grand Theft Auto VI", "", "M"},
        {"6369", "Super Mario 64", "1074", ""}, {"369418", "Old School RuneScape", "79", ""},
    };

    static final String[] GAME_WORDS_A = {
        "Crimson", "Stellar", "Hollow", "Iron", "Silent", "Neon", "Ancient", "Frozen", "Wild", "Shadow",
        "Golden", "Broken", "Last", "Eternal", "Rogue", "Sky", "Deep", "Lost", "Savage", "Cosmic",
    };
    static final String[] GAME_WORDS_B = {
        "Frontier", "Odyssey", "Kingdom", "Legends", "Tactics", "Horizons", "Protocol", "Dungeon", "Empire",
        "Outpost", "Rising", "Chronicles", "Arena", "Siege", "Harvest", "Racers", "Depths", "Saga",
    };
    static final String[] GAME_SUFFIXES = {"", "", "", " 2", " 3", ": Remastered", " Online", " Tactics", " II"};

    /** ISO 639-1 code, share of live streams, free-form tag Twitch users put for it ("" for none). */
    static final String[][] LANGUAGES = {
        {"en", "0.46", "English"}, {"es", "0.10", "Español"}, {"de", "0.06", "Deutsch"}, {"ja", "0.06", "日本語"},
        {"pt", "0.06", "Português"}, {"fr", "0.05", "Français"}, {"ru", "0.05", "Русский"}, {"ko", "0.03", "한국어"},
        {"it", "0.025", "Italiano"}, {"zh", "0.02", "中文"}, {"pl", "0.015", "Polski"}, {"tr", "0.015", "Türkçe"},
        {"th", "0.01", "ภาษาไทย"}, {"ar", "0.01", "العربية"}, {"nl", "0.008", "Nederlands"},
        {"sv", "0.006", "Svenska"}, {"cs", "0.006", "Čeština"}, {"uk", "0.006", "Українська"},
        {"hu", "0.004", "Magyar"}, {"fi", "0.004", "Suomi"}, {"other", "0.018", ""},
    };

    static final String[] TAGS = {
        "FPS", "Chill", "Competitive", "DropsEnabled", "Vtuber", "LGBTQIAPlus", "NoBackseating", "Speedrun",
        "Funny", "Casual", "Gameplay", "PvP", "Horror", "Roleplay", "Strategy", "Cozy", "Interactive",
        "Ranked", "Tournament", "FirstPlaythrough", "Blind", "Hardcore", "Modded", "Survival", "RPG",
        "Indie", "Retro", "Talk", "Music", "Lofi", "DJ", "Chatting", "Variety", "Esports", "Coaching",
        "Educational", "Art", "Drawing", "Programming", "Coding", "Gamedev", "IRL", "Cooking", "Fitness",
        "Sports", "Football", "Poker", "Gambling", "Community", "Subathon", "Charity", "Challenge",
        "Nuzlocke", "Relaxing", "Wholesome", "MentalHealth", "Veteran", "Girl", "Dad", "Family",
        "AMA", "Podcast", "Reaction", "Watchparty", "Valorant", "Minecraft", "Fortnite", "WoW", "Souls",
        "Soulslike", "Metroidvania", "Platformer", "Racing", "Simulation", "Sandbox", "Open World",
        "Multiplayer", "Singleplayer", "Coop", "Duo", "Squad", "Solo", "Pro", "Noob", "Learning",
        "Ironman", "Challenge Run", "100Percent", "Achievement", "Trophy", "Story", "Lore", "Theorycraft",
        "HighRank", "Radiant", "Grandmaster", "Chess", "Anime", "Manga", "Cosplay", "ASMR", "Sleep",
        "Study", "Productivity", "Tech", "Hardware", "VR", "Streamer", "Friends", "SmallStreamer", "Growing",
    };

    static final String[] TITLE_OPENERS = {
        "", "", "", "!drops ", "[EN] ", "LIVE: ", "DAY 1 | ", "🔴 ", "first time ", "Late night ",
        "Morning ", "SUBATHON | ", "ranked grind | ", "chill vibes | ", "Road to #1 | ",
    };
    static final String[] TITLE_BODIES = {
        "grinding until I win", "chatting with chat", "new patch day", "blind playthrough", "learning the game",
        "going for the world record", "viewer games", "coaching viewers", "just vibing", "hard mode only",
        "can we beat it today", "testing new builds", "community night", "the comeback starts now",
        "no deaths challenge", "ranked to top 500", "finishing the story", "speedrun practice",
        "cozy evening stream", "tournament qualifiers", "react and chill", "building the base",
        "hablamos y jugamos", "Zuschauerrunden", "雑談しながら", "jogando com vocês", "on rigole un peu",
        "стрим с чатом", "시청자 참여", "giochiamo insieme",
    };
    static final String[] TITLE_CLOSERS = {
        "", "", "", " | !socials", " | !discord", " - come hang out", " (day 3)", " | !sub", " | 18+",
        " | !youtube", " | giveaway at 1k", " :)",
    };

    static final String[] LOGIN_SYLLABLES = {
        "ka", "zu", "mi", "ro", "ne", "ta", "lo", "vi", "sa", "ri", "xo", "qu", "pe", "ja", "mo", "fi",
        "gan", "dor", "lyn", "max", "zen", "ash", "bel", "cry", "dex", "fox", "gil", "hex", "ivy", "jax",
    };
    static final String[] LOGIN_WORDS = {
        "gamer", "tv", "live", "plays", "ttv", "official", "xd", "pro", "gg", "clips", "_", "the", "its", "mr",
        "lady", "king", "queen", "ninja", "wolf", "cat", "bear", "pixel", "retro", "chill", "dad", "mom",
    };

    /** Extra classification labels a channel may carry on top of its game's MatureGame. */
    static final String[] CONTENT_LABELS = {"MatureGame", "ProfanityVulgarity", "Gambling", "DrugsIntoxication"};
}
