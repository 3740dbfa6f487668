package io.streampulse.twitchsim;

/** How simulated time moves: with the wall clock (times a speed factor) or only when a test advances it. */
public enum ClockMode {
    /** Sim time = start time + elapsed real time x speed; the world ticks on its own. */
    REAL,
    /** Sim time moves only through {@link SimClock#advance(java.time.Duration)}; ticks run inside that call. */
    MANUAL
}
